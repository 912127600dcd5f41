using System.Text.Json.Nodes;
using Tollgate.Core.Environments;
using Tollgate.Core.Gates;

namespace Tollgate.Core.Tests.Reports;

/// <summary>Gate reports with drift evidence shaped as the drift gate writes it (columns worst first).</summary>
internal static class ReportSamples
{
    public static GateReport Drift(bool passing)
    {
        JsonObject Column(string name, double effect, bool drifted, double[] reference, double[] current) => new()
        {
            ["column"] = name, ["test"] = "psi", ["statistic"] = effect, ["pValue"] = drifted ? 1e-12 : 0.4, ["effectSize"] = effect, ["drifted"] = drifted,
            ["histogram"] = new JsonObject
            {
                ["edges"] = new JsonArray([.. Enumerable.Range(0, reference.Length + 1).Select(i => (JsonNode)(double)i)]),
                ["reference"] = new JsonArray([.. reference.Select(v => (JsonNode)v)]),
                ["current"] = new JsonArray([.. current.Select(v => (JsonNode)v)]),
            },
        };
        var columns = passing
            ? new JsonArray(Column("tenure_months", 0.02, false, [5, 9, 6, 3], [5, 8, 7, 3]), Column("monthly_charges", 0.01, false, [2, 8, 8, 2], [2, 7, 9, 2]), Column("support_calls", 0.0, false, [10, 4, 2, 1], [10, 4, 2, 1]))
            : new JsonArray(Column("monthly_charges", 0.61, true, [2, 8, 8, 2], [0, 2, 8, 10]), Column("tenure_months", 0.44, true, [5, 9, 6, 3], [14, 6, 2, 1]), Column("support_calls", 0.0, false, [10, 4, 2, 1], [10, 4, 2, 1]));
        return new GateReport
        {
            Environment = "staging",
            Candidate = new ModelRef("churn-classifier", "1.0.1+sha.0a1b2c3d", "sha256:" + new string('c', 64)),
            Baseline = new ModelRef("churn-classifier", "1.0.0+sha.00575e75", "sha256:" + new string('d', 64)),
            EvaluatedAt = DateTimeOffset.UnixEpoch,
            Gates =
            [
                new GateResult("metric: auc >= 0.85", "metric", "fail", 0.91, "auc >= 0.85", true, "gate 'auc >= 0.85' passed: auc = 0.91"),
                new GateResult("baseline: auc >= baseline - 0.01", "baseline", "fail", 0.91, "auc >= 0.897", true, "passed")
                {
                    Evidence = new JsonObject { ["candidate"] = new JsonObject { ["auc"] = 0.91, ["accuracy"] = 0.83 }, ["baseline"] = new JsonObject { ["auc"] = 0.907, ["accuracy"] = 0.829 } },
                },
                new GateResult("performance", "performance", "fail", 6.7, "p95Ms <= 10", true, "p95 6.7 ms")
                {
                    Evidence = new JsonObject { ["latency"] = new JsonObject { ["p50"] = 1.9, ["p95"] = 6.7, ["p99"] = 10.1 } },
                },
                new GateResult("drift: current traffic", "drift", "fail", passing ? 0 : 0.67, "share <= 0.3", passing, passing ? "no drift" : "2 of 3 columns drifted: monthly_charges, tenure_months") { Evidence = new JsonObject { ["columns"] = columns } },
            ],
        };
    }
}
