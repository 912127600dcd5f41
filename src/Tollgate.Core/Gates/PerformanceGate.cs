using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Stats = MathNet.Numerics.Statistics.Statistics;
using Microsoft.ML;
using Tollgate.Core.Config;

namespace Tollgate.Core.Gates;

/// <summary>
/// The <c>performance</c> gate: loads the model as served (<c>MLContext.Model.Load</c>), warms it up, then times
/// single-row predictions (Transform of a one-row in-memory view, which needs no compile-time row type, unlike a
/// PredictionEngine) and batch transforms of the whole holdout; also model size and load time.
/// </summary>
internal sealed class PerformanceGate(GateSection section) : IGate
{
    public string Kind => "performance";

    public Task<GateResult> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        var o = section.Performance!;
        var data = GateData.Load(context.Config);
        var path = GateData.ModelPath(context.CandidateDir);
        var sizeBytes = new FileInfo(path).Length;
        var loads = new List<double>();
        ITransformer model = null!;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            model = new MLContext(data.Spec.Seed).Model.Load(path, out _);
            loads.Add(watch.Elapsed.TotalMilliseconds);
        }

        var rows = data.Holdout.Rows;
        var single = rows.Select(r => data.Holdout.With([r])).ToArray();
        for (var i = 0; i < Math.Max(1, o.Warmup); i++)
        {
            data.Predict(model, single[i % single.Length]);
        }

        var latencies = new double[Math.Max(1, o.Iterations)];
        for (var i = 0; i < latencies.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            data.Predict(model, single[i % single.Length]);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        var throughputs = new List<double>();
        for (var i = 0; i < Math.Max(1, o.BatchRuns); i++)
        {
            var start = Stopwatch.GetTimestamp();
            data.Predict(model, data.Holdout);
            throughputs.Add(rows.Count / Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        var m = new SortedDictionary<string, double>(StringComparer.Ordinal)
        {
            ["p50Ms"] = Stats.Quantile(latencies, 0.50),
            ["p95Ms"] = Stats.Quantile(latencies, 0.95),
            ["p99Ms"] = Stats.Quantile(latencies, 0.99),
            ["throughput"] = Stats.Median(throughputs),
            ["sizeMb"] = sizeBytes / (1024.0 * 1024.0),
            ["loadMs"] = Stats.Median(loads),
        };
        var checks = new List<(string Name, double? Limit, bool Max)>
        {
            ("p50Ms", o.P50Ms, true), ("p95Ms", o.P95Ms, true), ("p99Ms", o.P99Ms, true),
            ("throughput", o.MinThroughput, false), ("sizeMb", o.MaxSizeMb, true), ("loadMs", o.MaxLoadMs, true),
        };
        string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
        var set = checks.Where(c => c.Limit is not null).ToList();
        var failed = set.Where(c => c.Max ? m[c.Name] > c.Limit : m[c.Name] < c.Limit).Select(c => $"{c.Name} {F(m[c.Name])} {(c.Max ? ">" : "<")} {F(c.Limit!.Value)}").ToList();
        var threshold = set.Count == 0 ? "none (measured only)" : string.Join(", ", set.Select(c => $"{c.Name} {(c.Max ? "<=" : ">=")} {F(c.Limit!.Value)}"));
        var summary = $"p50 {F(m["p50Ms"])} ms, p95 {F(m["p95Ms"])} ms, p99 {F(m["p99Ms"])} ms, {F(m["throughput"])} rows/s, {F(m["sizeMb"])} MB, load {F(m["loadMs"])} ms";
        var passed = failed.Count == 0;
        var evidence = new JsonObject
        {
            ["latency"] = new JsonObject { ["p50"] = m["p50Ms"], ["p95"] = m["p95Ms"], ["p99"] = m["p99Ms"], ["iterations"] = latencies.Length, ["warmup"] = o.Warmup },
            ["throughput"] = new JsonObject { ["median"] = m["throughput"], ["min"] = throughputs.Min(), ["max"] = throughputs.Max(), ["runs"] = throughputs.Count, ["rows"] = rows.Count },
            ["sizeBytes"] = sizeBytes,
            ["loadMs"] = new JsonObject { ["median"] = m["loadMs"], ["runs"] = new JsonArray([.. loads.Select(l => (JsonNode?)l)]) },
            ["method"] = "single row: Transform of a one-row in-memory view; batch: Transform of the whole holdout",
        };
        return Task.FromResult(new GateResult(section.Name ?? "performance", Kind, section.Severity, m["p95Ms"], threshold, passed,
            passed ? $"performance gate passed: {summary}" : $"performance gate failed: {string.Join("; ", failed)} ({summary})")
        {
            Inputs = new Dictionary<string, string> { ["candidate"] = context.Candidate.Version, ["data"] = "holdout", ["rows"] = rows.Count.ToString(CultureInfo.InvariantCulture) },
            Evidence = evidence,
        });
    }
}
