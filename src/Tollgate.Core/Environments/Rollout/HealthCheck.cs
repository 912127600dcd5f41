using System.Globalization;
using Tollgate.Core.Config;
using Tollgate.Core.Gates;

namespace Tollgate.Core.Environments.Rollout;

/// <summary>Compares live health numbers with the policy's thresholds.</summary>
internal sealed class HealthCheck(HealthSection section, Func<string, string> resolvePath, HttpClient? http = null)
{
    public sealed record Result(bool Healthy, string Summary);

    public async Task<Result> RunAsync(CancellationToken ct)
    {
        var source = Uri.TryCreate(section.Source, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? section.Source
            : resolvePath(section.Source);
        var values = await HealthReading.ReadAsync(source, http, ct);
        var verdicts = section.Thresholds.Select(t => MetricExpression.Parse(t, "strategy.health.thresholds")).Select(gate =>
        {
            if (!values.TryGetValue(gate.Metric, out var observed))
            {
                return (ok: false, text: $"{gate.Metric} missing from {section.Source}");
            }

            var shown = observed.ToString("0.####", CultureInfo.InvariantCulture);
            return gate.Passes(observed) ? (ok: true, text: $"{gate.Metric}={shown}") : (ok: false, text: $"{gate.Metric}={shown} violates {gate}");
        }).ToList();
        return new Result(verdicts.All(v => v.ok), string.Join(", ", verdicts.Select(v => v.text)));
    }
}
