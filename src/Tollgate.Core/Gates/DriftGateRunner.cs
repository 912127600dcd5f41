using System.Globalization;
using System.Text.Json.Nodes;
using Tollgate.Core.Config;
using Tollgate.Core.Data;
using Tollgate.Core.Statistics.Drift;

namespace Tollgate.Core.Gates;

/// <summary>
/// The <c>drift</c> gate: reference data (e.g. the training set) vs current data (recent production traffic)
/// through the statistics engine, per column with effect sizes and a corrected p-value, and a dataset verdict
/// on the share of drifted columns. Evidence lists columns worst first with histograms for the report.
/// </summary>
internal sealed class DriftGateRunner(GateSection section) : IGate
{
    public string Kind => "drift";

    public Task<GateResult> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        var options = section.Drift!;
        var where = $"environments[{context.Environment.Name}].gates.drift";
        var reference = Existing(context.Config.Resolve(options.Reference), $"{where}.reference");
        var current = Existing(context.CurrentDataOverride ?? context.Config.Resolve(options.Current), $"{where}.current");
        var wanted = options.Columns.Count > 0 ? options.Columns : context.Candidate.Schema.Inputs.Select(c => c.Name).ToList();
        var read = new DataReadOptions { Columns = wanted };
        // Three-valued verdicts on the effect size's interval (docs/statistics.md, "Drift verdicts").
        var budget = DataMemoryBudget.FromEnvironment(Environment.GetEnvironmentVariable(DataMemoryBudget.EnvironmentVariable));
        var report = DriftFiles.Run(reference, current, read, options.ToOptions() with { Gate = DriftCriterion.Interval }, budget);
        var worstFirst = report.Columns
            .OrderByDescending(c => c.Drifted)
            .ThenByDescending(c => c.EffectSize is { } e && c.EffectThreshold is > 0 ? e / c.EffectThreshold.Value : 0)
            .ToList();
        var drifted = worstFirst.Where(c => c.Drifted).Select(c => c.Column).ToList();
        var passed = !DriftVerdictPolicy.Fails(report, options);
        var inconclusive = worstFirst.Where(c => !c.Drifted && c.Verdict == DriftVerdict.Inconclusive).Select(c => c.Column).ToList();
        var share = report.DriftShare.ToString("0.##", CultureInfo.InvariantCulture);
        var message = drifted.Count == 0
            ? $"drift gate passed: no column drifted ({report.TestedColumns} tested, {Path.GetFileName(current)} vs {Path.GetFileName(reference)})"
            : $"drift gate {(passed ? "passed" : "failed")}: {drifted.Count} of {report.TestedColumns} columns drifted (share {share}, limit {options.DatasetShare.ToString(CultureInfo.InvariantCulture)}): {string.Join(", ", drifted)}";
        if (inconclusive.Count > 0)
        {
            message = (drifted.Count == 0 && !passed ? $"drift gate failed: no column drifted ({report.TestedColumns} tested)" : message)
                + $"; inconclusive ({(options.Inconclusive == "block" ? "blocking" : "reported")}): {string.Join(", ", inconclusive)}";
        }
        return Task.FromResult(new GateResult(section.Name ?? $"drift: {Path.GetFileName(current)}", Kind, section.Severity, report.DriftShare,
            $"drifted share < {options.DatasetShare.ToString(CultureInfo.InvariantCulture)}", passed, message)
        {
            Inputs = new Dictionary<string, string> { ["reference"] = reference, ["current"] = current, ["correction"] = options.Correction },
            Evidence = new JsonObject { ["columns"] = new JsonArray([.. worstFirst.Select(Evidence)]) },
            Warnings = [.. worstFirst.Where(c => c.Status != "tested" && c.Message is not null).Select(c => $"{c.Column}: {c.Message}"),
                .. inconclusive.Select(c => $"{c}: inconclusive (the effect size's interval straddles the threshold)")],
        });
    }

    private static JsonNode Evidence(ColumnDrift c)
    {
        var node = new JsonObject
        {
            ["column"] = c.Column, ["kind"] = c.Kind, ["status"] = c.Status, ["test"] = c.Test, ["statistic"] = c.Statistic,
            ["pValue"] = c.AdjustedPValue ?? c.PValue, ["effectMetric"] = c.EffectMetric, ["effectSize"] = c.EffectSize,
            ["effectThreshold"] = c.EffectThreshold, ["drifted"] = c.Drifted,
            ["verdict"] = c.Verdict, ["effectLower"] = c.EffectLower, ["effectUpper"] = c.EffectUpper, ["intervalMethod"] = c.IntervalMethod,
            ["referenceMissingRate"] = c.ReferenceMissingRate, ["currentMissingRate"] = c.CurrentMissingRate,
        };
        if (c.Histogram is { } h)
        {
            node["histogram"] = new JsonObject
            {
                ["edges"] = h.Edges is null ? null : new JsonArray([.. h.Edges.Select(e => (JsonNode)e)]),
                ["categories"] = h.Categories is null ? null : new JsonArray([.. h.Categories.Select(e => (JsonNode)e)]),
                ["reference"] = new JsonArray([.. h.ReferenceCounts.Select(v => (JsonNode)(double)v)]),
                ["current"] = new JsonArray([.. h.CurrentCounts.Select(v => (JsonNode)(double)v)]),
            };
        }

        return node;
    }

    private static string Existing(string path, string where) => File.Exists(path)
        ? path
        : throw new TollgateException(ErrorCodes.DataInvalid, $"{where}: '{path}' does not exist.", "Point it at a CSV, Parquet or JSON-lines file (relative to tollgate.yml).");
}
