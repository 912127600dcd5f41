using System.Globalization;
using Tollgate.Core.Config;

namespace Tollgate.Core.Gates;

/// <summary>The <c>metric</c> gate: an absolute threshold on a holdout metric of the candidate.</summary>
internal sealed class MetricGateRunner(GateSection section) : IGate
{
    public string Kind => "metric";

    public Task<GateResult> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        var gate = MetricExpression.Parse(section.Metric!, $"environments[{context.Environment.Name}].gates");
        var name = section.Name ?? $"metric: {gate}";
        var inputs = new Dictionary<string, string> { ["metric"] = gate.Metric, ["candidate"] = context.Candidate.Version };
        if (context.Candidate.LegacyDigest)
        {
            // A format-1 digest never covered the metrics: deciding on them would trust numbers anyone could have edited.
            throw new Errors.TollgateException(Errors.ErrorCodes.LegacyMetricsRefused,
                $"Gate '{gate}' in environments[{context.Environment.Name}] reads the recorded metric '{gate.Metric}' of {context.Candidate.Name} {context.Candidate.Version}, a legacy artifact (digest format 1, written by an earlier Tollgate): its digest does not cover its metrics, so they are refused; '{context.Environment.Name}' is unchanged.",
                "Retrain it with 'tollgate train' (the new digest covers the metrics), or gate it with a check that re-measures on data (baseline, parity, drift).");
        }

        if (!context.Candidate.Metrics.TryGetValue(gate.Metric, out var observed))
        {
            var known = string.Join(", ", context.Candidate.Metrics.Keys.Order(StringComparer.Ordinal));
            return Task.FromResult(new GateResult(name, Kind, section.Severity, null, gate.ToString(), false,
                $"gate '{gate}': the model has no metric '{gate.Metric}' (it has: {known})") { Inputs = inputs });
        }

        var passed = gate.Passes(observed);
        var value = observed.ToString("0.####", CultureInfo.InvariantCulture);
        var message = passed
            ? $"gate '{gate}' passed: {gate.Metric} = {value}"
            : $"gate '{gate}' failed: {gate.Metric} = {value}, threshold {gate.Operator} {gate.Threshold.ToString(CultureInfo.InvariantCulture)}";
        return Task.FromResult(new GateResult(name, Kind, section.Severity, observed, gate.ToString(), passed, message) { Inputs = inputs });
    }
}
