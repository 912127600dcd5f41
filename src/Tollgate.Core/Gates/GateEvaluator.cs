using System.Globalization;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;

namespace Tollgate.Core.Gates;

/// <summary>Runs an environment's gates against a candidate artifact.</summary>
public static class GateEvaluator
{
    public static GateReport Evaluate(EnvironmentSection environment, ModelManifest candidate, TimeProvider? clock = null)
    {
        var results = environment.Gates.Select(g => EvaluateMetric(g, candidate, environment.Name)).ToList();
        return new GateReport
        {
            Environment = environment.Name,
            Candidate = new ModelRef(candidate.Name, candidate.Version, candidate.Digest),
            Gates = results,
            EvaluatedAt = (clock ?? TimeProvider.System).GetUtcNow(),
        };
    }

    private static GateResult EvaluateMetric(GateSection section, ModelManifest candidate, string environment)
    {
        var gate = MetricGate.Parse(section.Metric ?? "", $"environments[{environment}].gates");
        var name = section.Name ?? $"metric: {gate}";
        if (!candidate.Metrics.TryGetValue(gate.Metric, out var observed))
        {
            var known = string.Join(", ", candidate.Metrics.Keys.Order(StringComparer.Ordinal));
            return new GateResult(name, "metric", section.Severity, null, gate.ToString(), false,
                $"gate '{gate}': the model has no metric '{gate.Metric}' (it has: {known})");
        }

        var passed = gate.Passes(observed);
        var value = observed.ToString("0.####", CultureInfo.InvariantCulture);
        var message = passed
            ? $"gate '{gate}' passed: {gate.Metric} = {value}"
            : $"gate '{gate}' failed: {gate.Metric} = {value}, threshold {gate.Operator} {gate.Threshold.ToString(CultureInfo.InvariantCulture)}";
        return new GateResult(name, "metric", section.Severity, observed, gate.ToString(), passed, message);
    }
}
