using System.Globalization;
using Tollgate.Core.Config;

namespace Tollgate.Core.Gates;

/// <summary>The <c>baseline</c> gate: candidate vs the model running in the target environment, on holdout rows neither model trained on.</summary>
internal sealed class BaselineGate(GateSection section, HoldoutEvaluator holdout) : IGate
{
    public string Kind => "baseline";

    public Task<GateResult> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        var expression = BaselineExpression.Parse(section.Baseline!, $"environments[{context.Environment.Name}].gates");
        var name = section.Name ?? $"baseline: {expression}";
        if (context.BaselineDir is null || context.Baseline is null)
        {
            var allowed = section.AllowFirstDeployment;
            return Task.FromResult(new GateResult(name, Kind, section.Severity, null, expression.ToString(), allowed,
                allowed
                    ? $"gate '{expression}': no model runs in {context.Environment.Name} yet; first deployment allowed"
                    : $"gate '{expression}': no model runs in {context.Environment.Name} yet and allowFirstDeployment is false"));
        }

        var comparison = holdout.Compare(context, out var why);
        if (comparison is null)
        {
            return Task.FromResult(new GateResult(name, Kind, section.Severity, null, expression.ToString(), false,
                $"gate '{expression}': cannot compare like with like: {why}") { Inputs = new Dictionary<string, string> { ["candidate"] = context.Candidate.Version, ["baseline"] = context.Baseline.Version } });
        }

        var (candidate, baseline) = (comparison.Candidate, comparison.Baseline);
        var inputs = new Dictionary<string, string>
        {
            ["candidate"] = context.Candidate.Version,
            ["baseline"] = context.Baseline.Version,
            ["data"] = comparison.Source,
            ["rows"] = comparison.Rows.ToString(CultureInfo.InvariantCulture),
        };
        if (!candidate.TryGetValue(expression.Metric, out var observed) || !baseline.TryGetValue(expression.Metric, out var reference))
        {
            return Task.FromResult(new GateResult(name, Kind, section.Severity, null, expression.ToString(), false,
                $"gate '{expression}': metric '{expression.Metric}' is not available for both models") { Inputs = inputs });
        }

        var gate = expression.Resolve(reference);
        var passed = gate.Passes(observed);
        string F(double v) => v.ToString("0.#####", CultureInfo.InvariantCulture);
        var message = $"gate '{expression}' {(passed ? "passed" : "failed")}: {expression.Metric} = {F(observed)} vs baseline {context.Baseline.Version} = {F(reference)} (threshold {gate.Operator} {F(gate.Threshold)}) on {comparison.Rows} rows neither model trained on";
        // The difference on the same rows with its interval; with `confidence:` the gate decides on the interval.
        // The interval is computed on the candidate's holdout, so it is only used when that is exactly the leak-free row set.
        var interval = BaselineInterval.Compute(context, expression.Metric, section.Confidence ?? 0.95, section.Resamples) is { } computed && computed.Rows == comparison.Rows ? computed : null;
        if (section.Confidence is not null)
        {
            passed = interval is not null && interval.Meets(expression, reference);
            message = $"gate '{expression}' at confidence {section.Confidence.Value.ToString(CultureInfo.InvariantCulture)} {(passed ? "passed" : "failed")}: " + (interval?.Describe() ?? "no interval: the running model trained on part of the candidate's holdout rows (or the models cannot score the same rows)");
        }
        else if (interval is not null)
        {
            message += $"; {interval.Describe()}";
        }

        var evidence = new System.Text.Json.Nodes.JsonObject
        {
            ["candidate"] = new System.Text.Json.Nodes.JsonObject(candidate.Select(kv => KeyValuePair.Create(kv.Key, (System.Text.Json.Nodes.JsonNode?)kv.Value))),
            ["baseline"] = new System.Text.Json.Nodes.JsonObject(baseline.Select(kv => KeyValuePair.Create(kv.Key, (System.Text.Json.Nodes.JsonNode?)kv.Value))),
            ["rows"] = comparison.Rows,
            ["data"] = comparison.Source,
            ["difference"] = interval?.ToJson(),
        };
        var threshold = section.Confidence is null ? gate.ToString() : $"{(expression.Operator.StartsWith('>') ? "lower" : "upper")} bound of Δ{expression.Metric} {expression.Operator} {F(gate.Threshold - reference)}";
        return Task.FromResult(new GateResult(name, Kind, section.Severity, observed, threshold, passed, message) { Inputs = inputs, Evidence = evidence });
    }
}
