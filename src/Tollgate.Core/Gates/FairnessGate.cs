using System.Globalization;
using System.Text.Json.Nodes;
using Tollgate.Core.Config;

namespace Tollgate.Core.Gates;

/// <summary>
/// The <c>fairness</c> gate: demographic parity difference (spread of positive-prediction rates) and equalized-odds
/// difference (larger spread of TPR or FPR) across the groups of a sensitive column, on the candidate's holdout predictions.
/// </summary>
internal sealed class FairnessGate(GateSection section) : IGate
{
    public string Kind => "fairness";

    public Task<GateResult> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        var o = section.Fairness!;
        var where = $"environments[{context.Environment.Name}].gates.fairness";
        if (string.IsNullOrWhiteSpace(o.Sensitive))
        {
            throw new TollgateException(ErrorCodes.GateInputInvalid, $"{where}: 'sensitive' is empty.", "Name the sensitive column, e.g. 'sensitive: region'.");
        }

        var data = GateData.Load(context.Config, o.Sensitive);
        if (data.Spec.Task != "binary")
        {
            throw new TollgateException(ErrorCodes.GateTaskUnsupported, $"{where}: the fairness gate needs a binary task, but {data.Spec.SourcePath} says '{data.Spec.Task}'.",
                "Remove the fairness gate for this model, or gate fairness with a command gate.");
        }

        var predicted = data.Predict(data.LoadModel(context.CandidateDir), data.Holdout).Labels;
        var truth = data.TrueLabels();
        var groups = data.Column(o.Sensitive).Select((g, i) => (Group: g ?? "(missing)", Row: i)).GroupBy(x => x.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        var evidence = new JsonObject();
        var compared = new List<(string Group, double Rate, double? Tpr, double? Fpr)>();
        var warnings = new List<string>();
        foreach (var group in groups)
        {
            var rows = group.Select(x => x.Row).ToList();
            var positives = rows.Where(r => truth[r] == "true").ToList();
            var negatives = rows.Where(r => truth[r] != "true").ToList();
            double Share(List<int> of) => of.Count(r => predicted[r] == "true") / (double)of.Count;
            var rate = Share(rows);
            double? tpr = positives.Count > 0 ? Share(positives) : null;
            double? fpr = negatives.Count > 0 ? Share(negatives) : null;
            evidence[group.Key] = new JsonObject { ["count"] = rows.Count, ["positiveRate"] = rate, ["tpr"] = tpr, ["fpr"] = fpr };
            if (rows.Count < o.MinGroupSize)
            {
                warnings.Add($"group '{group.Key}' has {rows.Count} holdout rows (< minGroupSize {o.MinGroupSize}) and is not compared");
                continue;
            }

            compared.Add((group.Key, rate, tpr, fpr));
        }

        static double Spread(IEnumerable<double?> values) => values.OfType<double>().ToList() is { Count: > 1 } v ? v.Max() - v.Min() : 0;
        var dpd = Spread(compared.Select(c => (double?)c.Rate));
        var eod = Math.Max(Spread(compared.Select(c => c.Tpr)), Spread(compared.Select(c => c.Fpr)));
        string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
        var failed = new List<string>();
        if (dpd > o.MaxDemographicParityDifference) { failed.Add($"demographic parity difference {F(dpd)} > {F(o.MaxDemographicParityDifference)}"); }
        if (eod > o.MaxEqualizedOddsDifference) { failed.Add($"equalized-odds difference {F(eod)} > {F(o.MaxEqualizedOddsDifference)}"); }
        if (compared.Count < 2) { warnings.Add($"fewer than two groups of '{o.Sensitive}' have at least {o.MinGroupSize} rows; nothing to compare"); }
        var summary = $"across '{o.Sensitive}' ({compared.Count} groups): demographic parity difference {F(dpd)}, equalized-odds difference {F(eod)}";
        var passed = failed.Count == 0;
        return Task.FromResult(new GateResult(section.Name ?? $"fairness: {o.Sensitive}", Kind, section.Severity, Math.Max(dpd, eod),
            $"dpd <= {F(o.MaxDemographicParityDifference)}, eod <= {F(o.MaxEqualizedOddsDifference)}", passed,
            passed ? $"fairness gate passed {summary}" : $"fairness gate failed: {string.Join("; ", failed)} ({summary})")
        {
            Inputs = new Dictionary<string, string> { ["candidate"] = context.Candidate.Version, ["data"] = "holdout", ["sensitive"] = o.Sensitive },
            Evidence = new JsonObject { ["demographicParityDifference"] = dpd, ["equalizedOddsDifference"] = eod, ["groups"] = evidence },
            Warnings = warnings,
        });
    }
}
