using Microsoft.Playwright;

namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>A page in its own browser context that writes down every console error and uncaught exception.</summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];

    public BrowserTab(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add($"{message.Text} (at {message.Location})");
            }
        };
        Page.PageError += (_, error) => _errors.Add($"uncaught: {error}");
    }

    public IPage Page { get; }

    public IReadOnlyList<string> ConsoleErrors => _errors;

    /// <summary>The address bar without the origin: "/papers?q=scaling".</summary>
    public string PathAndQuery => new Uri(Page.Url).PathAndQuery;

    /// <summary>Opens a URL of the site and checks the status it answered.</summary>
    public async Task GoToAsync(string url, int expectedStatus = 200)
    {
        var response = await Page.GotoAsync(url) ?? throw new InvalidOperationException($"No response for {url}");
        Assert.True(response.Status == expectedStatus, $"GET {url} answered {response.Status}, expected {expectedStatus}.");
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
