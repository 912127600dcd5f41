using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.ML;
using Tollgate.Core.Config;
using Tollgate.Core.Statistics.Parity;

namespace Tollgate.Core.Gates;

/// <summary>
/// The <c>parity</c> gate, the offline form of a shadow test: candidate vs the running model on the same holdout rows
/// (agreement with Wilson interval and McNemar for classifiers, TOST within ±margin for regression, via the parity
/// engine), plus optional replay of logged production requests through both models.
/// </summary>
internal sealed class ParityGate(GateSection section) : IGate
{
    public string Kind => "parity";

    public Task<GateResult> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        var o = section.Parity!;
        var name = section.Name ?? "parity: candidate vs running model";
        if (context.BaselineDir is null || context.Baseline is null)
        {
            var allowed = section.AllowFirstDeployment;
            return Task.FromResult(new GateResult(name, Kind, section.Severity, null, "parity with the running model", allowed,
                $"parity gate: no model runs in {context.Environment.Name} yet" + (allowed ? "; first deployment allowed" : " and allowFirstDeployment is false")));
        }

        var data = GateData.Load(context.Config);
        var candidateModel = data.LoadModel(context.CandidateDir);
        var baselineModel = data.LoadModel(context.BaselineDir);
        var inputs = new Dictionary<string, string> { ["candidate"] = context.Candidate.Version, ["baseline"] = context.Baseline.Version, ["data"] = "holdout" };
        string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
        var failed = new List<string>();
        Predictions c, b;
        try
        {
            c = data.Predict(candidateModel, data.Holdout);
            b = data.Predict(baselineModel, data.Holdout);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            return Task.FromResult(new GateResult(name, Kind, section.Severity, null, "parity with the running model", false,
                $"parity gate failed: the models could not score the same holdout rows ({ex.Message})") { Inputs = inputs });
        }

        var options = new ParityOptions { Task = data.Spec.Task, Margin = o.Margin, Alpha = o.Alpha };
        var report = data.IsClassification
            ? ClassificationParity.Run(context.Baseline.Version, context.Candidate.Version, data.Spec.Task, b.Labels, c.Labels, data.TrueLabels(), options)
            : RegressionParity.Run(context.Baseline.Version, context.Candidate.Version, b.Scores, c.Scores, options);
        if (!report.Passed) { failed.Add(report.Reason); }

        var agreement = report.Metrics.GetValueOrDefault("agreement");
        if (o.MinAgreement is { } min && data.IsClassification && !(agreement >= min))
        {
            failed.Add($"agreement {F(agreement ?? double.NaN)} < {F(min)}");
        }

        var evidence = new JsonObject
        {
            ["holdout"] = new JsonObject { ["rows"] = report.Rows, ["reason"] = report.Reason, ["metrics"] = new JsonObject(report.Metrics.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))) },
        };
        if (o.Replay is { Length: > 0 } replay)
        {
            var path = context.Config.Resolve(replay);
            inputs["replay"] = replay;
            evidence["replay"] = ParityReplay.Run(data, path, candidateModel, baselineModel, o, failed);
        }

        var passed = failed.Count == 0;
        var observed = data.IsClassification ? agreement : report.Metrics.GetValueOrDefault("mean_abs_difference");
        var threshold = string.Join(", ", new[]
        {
            o.MinAgreement is { } a ? $"agreement >= {F(a)}" : null,
            o.Margin is { } m ? $"margin {F(m)}" : $"no significant loss (alpha {F(o.Alpha)})",
        }.OfType<string>());
        var summary = data.IsClassification
            ? $"agreement {F(agreement ?? double.NaN)} [{F(report.Metrics.GetValueOrDefault("agreement_low") ?? double.NaN)}, {F(report.Metrics.GetValueOrDefault("agreement_high") ?? double.NaN)}] over {report.Rows} holdout rows"
            : $"mean |Δ| {F(observed ?? double.NaN)} over {report.Rows} holdout rows";
        return Task.FromResult(new GateResult(name, Kind, section.Severity, observed, threshold, passed,
            passed ? $"parity gate passed against {context.Baseline.Version}: {summary}; {report.Reason}"
                   : $"parity gate failed against {context.Baseline.Version}: {string.Join("; ", failed)} ({summary})")
        {
            Inputs = inputs,
            Evidence = evidence,
        });
    }
}
