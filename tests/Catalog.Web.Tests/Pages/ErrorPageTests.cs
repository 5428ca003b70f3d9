using System.Net;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Pages;

/// <summary>A real failure, the catalog file overwritten with bytes that are not a catalog, answers the app's own error page.
/// The class has its own app, since it breaks it.</summary>
public sealed class ErrorPageTests(ClockedCatalog catalog) : IClassFixture<ClockedCatalog>
{
    private readonly HttpClient _client = catalog.CreateSocketClient();

    [Fact]
    public async Task Visiting_the_error_page_itself_is_not_found()
    {
        using var page = await _client.GetPageAsync("/error");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("Not found", page.H1.TextContent);
    }

    [Fact]
    public async Task A_failure_answers_500_with_the_layout_and_no_details()
    {
        using (var before = await _client.GetOkPageAsync("/papers?q=darts"))
        {
            Assert.Single(HtmlPage.PaperIds(before.Find("ol.hits")));
        }

        await File.WriteAllTextAsync(catalog.Db, "not a catalog, and longer than the file's first page would be for one");
        // The app looks for a new catalog file at most once a second, by its clock.
        catalog.Time!.Advance(TimeSpan.FromSeconds(1.5));
        using var page = await _client.GetPageAsync("/papers?q=cells");

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Equal("text/html", page.MediaType);
        Assert.Equal("Something went wrong", page.H1.TextContent);
        Assert.Equal("Something went wrong · Catalog", page.Title);
        Assert.NotNull(page.Document.QuerySelector("header.site-header"));
        Assert.DoesNotContain("Exception", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(catalog.Db, page.Html, StringComparison.Ordinal);
    }
}
