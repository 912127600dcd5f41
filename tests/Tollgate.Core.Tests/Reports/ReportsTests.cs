using System.Text.Json.Nodes;
using System.Xml.Linq;
using Tollgate.Core.Environments;
using Tollgate.Core.Gates;
using Tollgate.Core.Reports;

namespace Tollgate.Core.Tests.Reports;

public class ReportsTests
{
    private static GateReport Sample() => new()
    {
        Environment = "staging",
        Candidate = new ModelRef("churn", "1.2.0+sha.abcdef12", "sha256:" + new string('a', 64)),
        Baseline = new ModelRef("churn", "1.1.0+sha.12345678", "sha256:" + new string('b', 64)),
        EvaluatedAt = DateTimeOffset.Parse("2026-11-23T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        Gates =
        [
            new GateResult("metric: auc >= 0.85", "metric", "fail", 0.91, "auc >= 0.85", true, "gate 'auc >= 0.85' passed: auc = 0.91"),
            new GateResult("schema | contract", "schema", "fail", 1, "0 breaking changes", false, "input column 'region' was removed or renamed"),
            new GateResult("latency", "command", "warn", 3, "exit code 0", false, "command gate 'bench' failed with exit code 3"),
            new GateResult("drift", "drift", "fail", 0.5, "share <= 0.3", false, "2 of 4 columns drifted")
            {
                Evidence = new JsonObject
                {
                    ["columns"] = new JsonArray(new JsonObject
                    {
                        ["column"] = "monthly_charges", ["test"] = "psi", ["statistic"] = 0.8, ["pValue"] = 1e-9, ["effectSize"] = 0.8, ["drifted"] = true,
                        ["histogram"] = new JsonObject { ["edges"] = new JsonArray(0.0, 1.0, 2.0), ["reference"] = new JsonArray(5.0, 5.0), ["current"] = new JsonArray(1.0, 9.0) },
                    }),
                },
            },
        ],
    };

    [Test]
    public void Markdown_has_a_verdict_a_gate_table_and_details_for_failures()
    {
        var md = MarkdownReport.Render(Sample());
        Assert.That(md, Does.StartWith("## ❌ Tollgate: churn 1.2.0+sha.abcdef12 → staging"));
        Assert.That(md, Does.Contain("| ✅ | metric: auc >= 0.85 | metric | 0.91 |"));
        Assert.That(md, Does.Contain("schema \\| contract"), "pipes inside cells are escaped");
        Assert.That(md, Does.Contain("- **latency** (warn):"));
    }

    [Test]
    public void JUnit_has_one_case_per_gate_and_failures_only_for_blocking_gates()
    {
        var xml = XDocument.Parse(JUnitReport.Render(Sample()));
        var cases = xml.Descendants("testcase").ToList();
        Assert.That(cases, Has.Count.EqualTo(4));
        Assert.That(cases.Count(c => c.Element("failure") is not null), Is.EqualTo(2));
        Assert.That(xml.Descendants("testsuite").Single().Attribute("failures")!.Value, Is.EqualTo("2"));
    }

    [Test]
    public void Html_is_self_contained_and_draws_the_drift_overlay()
    {
        var html = HtmlReport.Render(Sample());
        Assert.That(html, Does.Contain("<svg").And.Contain("monthly_charges").And.Contain("id=\"gates\""));
        Assert.That(html, Does.Not.Contain("http://").Or.Contain("http://www.w3.org/2000/svg"));
        Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("https://"));
    }

    [Test]
    public void Annotations_follow_github_and_azure_syntax_only_in_their_ci()
    {
        var report = Sample();
        var github = CiAnnotations.For(report, n => n == "GITHUB_ACTIONS" ? "true" : null).ToList();
        var azure = CiAnnotations.For(report, n => n == "TF_BUILD" ? "True" : null).ToList();
        var none = CiAnnotations.For(report, _ => null).ToList();
        Assert.That(github, Has.Some.StartsWith("::error title=Tollgate staging%3A schema | contract::input column 'region'"));
        Assert.That(github, Has.Some.StartsWith("::warning title=Tollgate staging%3A latency::"));
        Assert.That(azure, Has.Some.StartsWith("##vso[task.logissue type=error]Tollgate staging: schema | contract: input column"));
        Assert.That(none, Is.Empty);
    }

    [Test]
    public void Writer_appends_markdown_to_the_github_step_summary()
    {
        using var dir = new TempDir();
        var summary = dir.File("summary.md", "# earlier step\n");
        var written = ReportWriter.Write(dir.Path, Sample(), n => n == "GITHUB_STEP_SUMMARY" ? summary : null);
        Assert.That(File.ReadAllText(summary), Does.StartWith("# earlier step\n## ❌ Tollgate"));
        Assert.That(File.Exists(written.Html) && File.Exists(written.JUnit) && File.Exists(written.Json), Is.True);
        Assert.That(written.JsonDigest, Is.EqualTo("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(written.Json)))));
    }
}
