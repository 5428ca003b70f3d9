using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Catalog.Web.Tests.Infrastructure;

/// <summary>A page as the browser gets it: the status, the raw HTML and the parsed document.</summary>
public sealed class HtmlPage(HttpStatusCode status, string? mediaType, string html) : IDisposable
{
    public HttpStatusCode Status { get; } = status;

    public string? MediaType { get; } = mediaType;

    public string Html { get; } = html;

    public IHtmlDocument Document { get; } = new HtmlParser().ParseDocument(html);

    public string Title => Document.Title ?? "";

    public string? MetaDescription => Document.QuerySelector("meta[name=description]")?.GetAttribute("content");

    public IElement H1 => Assert.Single(Document.QuerySelectorAll("h1"));

    public IElement Main => Document.QuerySelector("main#main") ?? throw new InvalidOperationException("The page has no <main id=\"main\">.");

    /// <summary>The data-paper-id of every paper listed in the element, in order.</summary>
    public static List<string> PaperIds(IParentNode? scope) =>
        scope is null ? [] : [.. scope.QuerySelectorAll("li[data-paper-id]").Select(li => li.GetAttribute("data-paper-id")!)];

    public IElement Find(string selector) =>
        Document.QuerySelector(selector) ?? throw new InvalidOperationException($"Nothing matches '{selector}' in:\n{Html}");

    public IHtmlCollection<IElement> FindAll(string selector) => Document.QuerySelectorAll(selector);

    /// <summary>The element's text with runs of white space made single spaces.</summary>
    public static string Text(INode node) => string.Join(' ', node.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public void Dispose() => Document.Dispose();
}
