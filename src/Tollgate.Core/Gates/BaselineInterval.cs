using System.Globalization;
using System.Text.Json.Nodes;
using Tollgate.Core.Config;
using Tollgate.Core.Statistics.Comparison;

namespace Tollgate.Core.Gates;

/// <summary>
/// candidate − baseline on the same holdout rows with a confidence interval: DeLong's paired interval for <c>auc</c>
/// (as R pROC), a seeded paired percentile bootstrap for the other metrics. With <c>confidence:</c> set on a baseline
/// gate the gate decides on the interval, not the point estimate: for ≥/&gt; its lower bound, for ≤/&lt; its upper bound
/// must meet the threshold's offset from the baseline (0 for <c>auc &gt; baseline</c>, −0.005 for <c>auc &gt;= baseline - 0.005</c>).
/// </summary>
internal sealed record BaselineInterval(string Metric, string Method, double Difference, double Lower, double Upper, double Confidence, int Rows, int? Resamples)
{
    /// <summary>Metrics with an interval; the others are reported on the point estimate only.</summary>
    public static readonly IReadOnlyList<string> Supported = ["auc", "accuracy", "precision", "recall", "f1", "log-loss", "rmse", "mae", "mse", "r2", "micro-accuracy"];

    /// <summary>Null when the metric has no row-level form or the models cannot score the same rows.</summary>
    public static BaselineInterval? Compute(GateContext context, string metric, double confidence, int resamples)
    {
        var data = GateData.Load(context.Config);
        var truth = data.TrueLabels();
        Predictions c, b;
        try
        {
            c = data.Predict(data.LoadModel(context.CandidateDir), data.Holdout);
            b = data.Predict(data.LoadModel(context.BaselineDir!), data.Holdout);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            return null;
        }

        if (metric == "auc" && data.Spec.Task == "binary")
        {
            var d = DeLong.Paired([.. truth.Select(t => t == "true")], c.Scores, b.Scores, confidence);
            return new BaselineInterval(metric, "delong", d.Difference, d.DiffLow, d.DiffHigh, confidence, c.Count, null);
        }

        var cm = RowMetrics.For(metric, data.Spec.Task, c, truth);
        var bm = RowMetrics.For(metric, data.Spec.Task, b, truth);
        if (cm is null || bm is null)
        {
            return null;
        }

        var (difference, lower, upper) = PairedBootstrap.Difference(c.Count, cm, bm, resamples, data.Spec.Seed, confidence);
        return new BaselineInterval(metric, "paired-bootstrap", difference, lower, upper, confidence, c.Count, resamples);
    }

    /// <summary>Whether the interval meets <paramref name="expression"/>'s threshold, expressed as an offset from the baseline value.</summary>
    public bool Meets(BaselineExpression expression, double baselineValue)
    {
        var offset = expression.Resolve(baselineValue).Threshold - baselineValue;
        return expression.Operator switch
        {
            ">=" => Lower >= offset,
            ">" => Lower > offset,
            "<=" => Upper <= offset,
            _ => Upper < offset,
        };
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"Δ{Metric} = {Difference:0.#####} [{Lower:0.#####}, {Upper:0.#####}] ({Confidence:0.##} {Method}{(Resamples is { } r ? $", {r} resamples" : "")}, {Rows} rows)");

    public JsonObject ToJson() => new()
    {
        ["metric"] = Metric, ["method"] = Method, ["difference"] = Finite(Difference), ["lower"] = Finite(Lower), ["upper"] = Finite(Upper),
        ["confidence"] = Confidence, ["rows"] = Rows, ["resamples"] = Resamples,
    };

    /// <summary>Config check: confidence in (0, 1), not with ==, only for metrics that have an interval; resamples ≥ 100.</summary>
    public static void Validate(GateSection gate, BaselineExpression expression, string at)
    {
        if (gate.Confidence is not { } c)
        {
            return;
        }

        string? problem = c is > 0 and < 1 ? null : $"confidence {c} must lie in (0, 1)";
        problem ??= expression.Operator == "==" ? "'==' cannot be decided on an interval" : null;
        problem ??= Supported.Contains(expression.Metric) ? null : $"metric '{expression.Metric}' has no interval (supported: {string.Join(", ", Supported)})";
        problem ??= gate.Resamples >= 100 ? null : $"resamples {gate.Resamples} must be at least 100";
        if (problem is not null)
        {
            throw new TollgateException(ErrorCodes.GateInvalid, $"{at}: baseline gate '{gate.Baseline}': {problem}.",
                "Write e.g. 'baseline: auc > baseline' with 'confidence: 0.95', or drop confidence to gate on the point estimate.");
        }
    }

    private static JsonNode? Finite(double v) => double.IsFinite(v) ? v : null;
}
