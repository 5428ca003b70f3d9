using Microsoft.Playwright;

namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>One server and one Chromium for the whole collection; each test opens its own browser context, so tests
/// share no cookies, history or settings. Chromium is launched only when it is installed: without it the tests that
/// need it are skipped, or in CI fail on <see cref="Browser"/> with the install message.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Flags known to work for Debian's chromium in a container, run as root.
    private static readonly string[] s_chromiumFlags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public CatalogServer Server { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(Prerequisites.MissingChromium ?? "Chromium was not launched.");

    public async Task InitializeAsync()
    {
        Server.Start();
        if (Prerequisites.MissingChromium is not null)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Prerequisites.ChromiumPath,
            Headless = true,
            Args = s_chromiumFlags,
        });
    }

    /// <summary>A new tab in a new context, at 1280 × 800 unless the options say otherwise.</summary>
    public async Task<BrowserTab> OpenTabAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = Server.BaseAddress.ToString();
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 800 };
        options.ReducedMotion = ReducedMotion.Reduce;
        var context = await Browser.NewContextAsync(options);
        return new BrowserTab(context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
