using System.Net;

namespace Catalog.Web.Tests.Infrastructure;

public static class PageClient
{
    /// <summary>Requests a page exactly as written: the URL is not re-escaped, so hostile text reaches the app as sent.</summary>
    public static async Task<HtmlPage> GetPageAsync(this HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response.StatusCode, response.Content.Headers.ContentType?.MediaType, html);
    }

    /// <summary>Requests a page that must answer 200 with HTML.</summary>
    public static async Task<HtmlPage> GetOkPageAsync(this HttpClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        Assert.True(page.Status == HttpStatusCode.OK, $"GET {url} answered {(int)page.Status}:\n{page.Html}");
        Assert.Equal("text/html", page.MediaType);
        return page;
    }

    public static string Query(string text) => Uri.EscapeDataString(text);
}
