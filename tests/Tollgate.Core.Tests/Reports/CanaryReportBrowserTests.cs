using Microsoft.Playwright;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Rollout.Canary;
using Tollgate.Core.Gates;
using Tollgate.Core.Reports;

namespace Tollgate.Core.Tests.Reports;

/// <summary>The canary judge's section opened in real headless Chromium: the table per look and the path against the boundaries.</summary>
[NonParallelizable]
public class CanaryReportBrowserTests
{
    [Test]
    public async Task A_judged_canary_plots_its_statistic_against_the_boundaries_without_console_errors()
    {
        // Arrange: two quiet steps, then a candidate that fails four times as often.
        HeadlessChromium.Require();
        using var dir = new TempDir();
        var options = new CanaryJudgeSection { MinRequests = 500 };
        double[] steps = [10, 50, 100];
        var judge = new CanaryJudge(options, steps);
        judge.Judge(0, new ArmCounts(1000, 10), new ArmCounts(9000, 95));
        judge.Judge(1, new ArmCounts(6000, 70), new ArmCounts(14000, 150));
        var last = judge.Judge(2, new ArmCounts(16000, 470), new ArmCounts(14000, 150));
        var gate = new GateResult("canary judge", "canary", "fail", last.ErrorStatistic, "statistic < boundary", last.Proceeds, last.Reason) { Evidence = CanaryEvidence.Build(options, judge, steps) };
        var report = new GateReport
        {
            Environment = "production",
            Candidate = new ModelRef("churn", "1.1.0", "sha256:" + new string('b', 64)),
            Baseline = new ModelRef("churn", "1.0.0", "sha256:" + new string('a', 64)),
            Gates = [gate],
            EvaluatedAt = DateTimeOffset.UnixEpoch,
        };
        var html = Path.Combine(dir.Path, "canary-report.html");
        File.WriteAllText(html, HtmlReport.Render(report));
        await using var chromium = await HeadlessChromium.OpenAsync();
        var page = chromium.Page;
        var errors = chromium.Errors;

        // Act
        await page.GotoAsync(new Uri(html).AbsoluteUri);
        var rows = await page.Locator("#canary table tr").CountAsync();
        var points = await page.Locator("#canary-path svg circle").CountAsync();
        var lastDecision = await page.Locator("#canary table tr:last-child td:last-child").InnerTextAsync();
        var shots = Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-artifacts");
        Directory.CreateDirectory(shots);
        var png = Path.Combine(shots, "canary-report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
        TestContext.AddTestAttachment(png, "canary report screenshot");

        // Assert
        Assert.That(last.Decision, Is.EqualTo(CanaryDecision.Regression));
        Assert.That(errors, Is.Empty, "console errors");
        Assert.That(rows, Is.EqualTo(4), "header and one row per look");
        Assert.That(points, Is.EqualTo(6), "statistic and boundary at each of three looks");
        Assert.That(lastDecision, Is.EqualTo("regression"));
    }
}
