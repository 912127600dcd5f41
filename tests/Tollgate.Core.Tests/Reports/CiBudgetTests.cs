using System.Text;
using System.Text.Json.Nodes;
using Tollgate.Core.Environments;
using Tollgate.Core.Gates;
using Tollgate.Core.Reports;

namespace Tollgate.Core.Tests.Reports;

public class CiBudgetTests
{
    // A drift report over 5,000 columns: one whole-data drift gate naming every drifted column, plus one
    // per-column gate each (as a wide feature set with per-feature gates produces), all failing.
    private static GateReport WideDrift()
    {
        var columns = Enumerable.Range(0, 5_000).Select(i => $"feature_{i:D4}").ToList();
        var evidence = new JsonObject { ["columns"] = new JsonArray([.. columns.Select(c => (JsonNode)new JsonObject { ["column"] = c, ["drifted"] = true, ["effectSize"] = 0.9 })]) };
        List<GateResult> gates =
        [
            new("metric: auc >= 0.85", "metric", "fail", 0.91, "auc >= 0.85", true, "passed"),
            new("drift", "drift", "fail", 1.0, "share <= 0.3", false, "5000 of 5000 columns drifted: " + string.Join(", ", columns)) { Evidence = evidence },
            .. columns.Select(c => new GateResult($"drift: {c}", "drift", "fail", 0.9, "psi <= 0.2", false, $"column {c} drifted: psi 0.9 > 0.2, KS p < 1e-12; " + new string('x', 200))),
        ];
        return new GateReport
        {
            Environment = "staging",
            Candidate = new ModelRef("churn", "1.2.0+sha.abcdef12", "sha256:" + new string('a', 64)),
            EvaluatedAt = DateTimeOffset.UnixEpoch,
            Gates = gates,
        };
    }

    [Test]
    public void The_step_summary_of_a_5000_column_drift_report_fits_1_MiB_and_keeps_the_verdict_and_worst_gates()
    {
        // Arrange
        using var dir = new TempDir();
        var summaryFile = Path.Combine(dir.Path, "summary.md");
        var report = WideDrift();
        Assert.That(Encoding.UTF8.GetByteCount(MarkdownReport.Render(report)), Is.GreaterThan(1 << 20), "the full report must exceed the budget for this test to bite");

        // Act
        var written = ReportWriter.Write(Path.Combine(dir.Path, "reports"), report, name => name == "GITHUB_STEP_SUMMARY" ? summaryFile : null);
        var summary = File.ReadAllText(summaryFile);

        // Assert
        Assert.That(new FileInfo(summaryFile).Length, Is.LessThan(1 << 20));
        Assert.That(summary, Does.Contain("**Failed**"));
        Assert.That(summary, Does.Contain("| ❌ | drift | drift |"), "the failing whole-data drift gate comes before passing ones");
        Assert.That(summary, Does.Not.Contain("| ✅ |"), "passing gates are left out first");
        Assert.That(summary, Does.Contain("gates and all details left out. Full report: `" + written.Markdown + "`"));
        Assert.That(File.ReadAllText(written.Markdown), Does.Contain("feature_4999"), "the report file itself stays complete");
    }

    [Test]
    public void Annotations_are_capped_at_ten_with_a_count_of_the_rest()
    {
        // Arrange
        var report = WideDrift();

        // Act
        var lines = CiAnnotations.For(report, name => name == "GITHUB_ACTIONS" ? "true" : null).ToList();

        // Assert
        Assert.That(lines, Has.Count.EqualTo(10));
        Assert.That(lines.Take(9), Has.All.StartWith("::error title="));
        Assert.That(lines[^1], Does.Contain("4992 more gate(s) failed or warned (4992 failed)"));
        Assert.That(lines.Max(l => l.Length), Is.LessThan(5_000));
    }
}
