using Microsoft.Playwright;

namespace Tollgate.Core.Tests.Reports;

/// <summary>
/// Debian's Chromium driven by Playwright, headless, with one 1200×900 page whose console errors and warnings and
/// page errors are collected in <see cref="Errors"/>: the set-up the report browser tests share.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private const string Executable = "/usr/bin/chromium";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
        Page.Console += (_, m) => { if (m.Type is "error" or "warning") { Errors.Add(m.Text); } };
        Page.PageError += (_, e) => Errors.Add(e);
    }

    /// <summary>The page to open the report in.</summary>
    public IPage Page { get; }

    /// <summary>Console errors and warnings and page errors seen so far.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Fails the test, saying how to install it, unless Chromium is installed.</summary>
    public static void Require() =>
        Assert.That(File.Exists(Executable), Is.True, "Chromium is missing: sudo apt-get update && sudo apt-get install -y chromium");

    /// <summary>Starts Playwright, launches Chromium headless and opens the page.</summary>
    public static async Task<HeadlessChromium> OpenAsync()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Executable,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            try
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
                return new HeadlessChromium(playwright, browser, page);
            }
            catch
            {
                await browser.DisposeAsync();
                throw;
            }
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
