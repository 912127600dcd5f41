using Microsoft.Playwright;
using Tollgate.Core.Reports;

namespace Tollgate.Core.Tests.Reports;

/// <summary>Opens the HTML report in real headless Chromium (Debian's, driven by Playwright) and saves screenshots.</summary>
[NonParallelizable]
public class HtmlReportBrowserTests
{
    [TestCase(false, TestName = "Failing_report_renders_its_sections_without_console_errors")]
    [TestCase(true, TestName = "Passing_report_renders_its_sections_without_console_errors")]
    public async Task Renders_in_headless_chromium(bool passing)
    {
        // Arrange
        HeadlessChromium.Require();
        using var dir = new TempDir();
        var report = ReportSamples.Drift(passing);
        var written = ReportWriter.Write(dir.Path, report, _ => null);
        await using var chromium = await HeadlessChromium.OpenAsync();
        var page = chromium.Page;
        var errors = chromium.Errors;
        var requests = new List<string>();
        page.Request += (_, r) => { if (!r.Url.StartsWith("file:", StringComparison.Ordinal)) { requests.Add(r.Url); } };

        // Act
        await page.GotoAsync(new Uri(written.Html).AbsoluteUri);
        var verdict = await page.InnerTextAsync("#verdict");
        var gateRows = await page.Locator("#gates tr").CountAsync();
        var plots = await page.Locator("#drift svg").CountAsync();
        var latency = await page.Locator("#latency svg").CountAsync();
        var firstFeature = await page.Locator("#drift table tr:nth-child(2) td:first-child").InnerTextAsync();
        var shots = Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-artifacts");
        Directory.CreateDirectory(shots);
        var name = passing ? "passing" : "failing";
        var png = Path.Combine(shots, $"gate-report-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
        File.Copy(written.Html, Path.Combine(shots, $"gate-report-{name}.html"), overwrite: true);
        File.Copy(written.Markdown, Path.Combine(shots, $"gate-report-{name}.md"), overwrite: true);
        TestContext.AddTestAttachment(png, $"{name} report screenshot");
        TestContext.AddTestAttachment(Path.Combine(shots, $"gate-report-{name}.html"), $"{name} report");

        // Assert
        Assert.That(errors, Is.Empty, "console errors");
        Assert.That(requests, Is.Empty, "no network requests");
        Assert.That(verdict, Does.StartWith(passing ? "PASSED" : "FAILED"));
        Assert.That(gateRows, Is.EqualTo(report.Gates.Count + 1));
        Assert.That(plots, Is.EqualTo(3), "one overlay per feature");
        Assert.That(latency, Is.EqualTo(1), "latency percentiles plot");
        Assert.That(firstFeature, Is.EqualTo(passing ? "tenure_months" : "monthly_charges"), "worst feature first");
        Assert.That(new FileInfo(png).Length, Is.GreaterThan(10_000));
    }
}
