using System.ServiceModel.Syndication;
using System.Xml;
using Catalog.Components;
using Catalog.Components.Citations;
using Catalog.Components.Text;
using Catalog.Data.Model;
using Catalog.Data.Queries;
using Catalog.Data.Search;

namespace Catalog.Web.Endpoints;

/// <summary>Atom 1.0 feeds: the newest papers or any search (/papers.atom takes the parameters of /papers, as arXiv's
/// search feeds do), and a person's papers (/authors/{id}.atom).</summary>
public static class FeedEndpoints
{
    public const int Entries = 50;
    private const string MediaType = "application/atom+xml";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet(CatalogUrls.PapersFeed, SearchFeed).ExcludeFromDescription();
        app.MapGet("/authors/{slug}.atom", AuthorFeed).ExcludeFromDescription();
        return app;
    }

    private static async Task SearchFeed(HttpContext context, SearchExport export)
    {
        var request = SearchParameters.Read(name => context.Request.Query[name], SearchParameterSet.Results);
        var title = request.HasQuery ? $"Catalog: papers matching “{request.Query}”" : "Catalog: newest papers";
        if (request.HasFilters)
        {
            title += " (filtered)";
        }

        var papers = (await export.SearchAsync(request, Entries)).ToList();
        await WriteAsync(context, title, CatalogUrls.Search(request), CatalogUrls.SearchFeed(request), papers);
    }

    private static Task AuthorFeed(string slug, HttpContext context, PaperExport export)
    {
        var papers = export.ByAuthor(slug, Entries).ToList();
        if (papers.Count == 0)
        {
            MovedAuthor.Answer(context, slug, CatalogUrls.AuthorFeed);
            return Task.CompletedTask;
        }

        var name = papers[0].Authors.First(a => a.Slug == slug).Name;
        return WriteAsync(context, $"Catalog: papers by {name}", CatalogUrls.Author(slug), CatalogUrls.AuthorFeed(slug), papers);
    }

    private static async Task WriteAsync(HttpContext context, string title, string page, string self, IReadOnlyList<PaperDetail> papers)
    {
        var request = context.Request;
        var feed = new SyndicationFeed(title, null, new Uri(SiteAddress.Absolute(request, page)))
        {
            Id = SiteAddress.Absolute(request, self),
            // Atom needs an updated time: the newest paper's date, so the feed changes only when its papers do.
            LastUpdatedTime = papers.Select(p => Date(p.Date)).DefaultIfEmpty(DateTimeOffset.UnixEpoch).Max(),
            Items = [.. papers.Select(p => Entry(request, p))],
        };
        feed.Links.Add(new SyndicationLink(new Uri(SiteAddress.Absolute(request, self)), "self", title, MediaType, 0));
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = CitationFile.Utf8, Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        context.Response.ContentType = $"{MediaType}; charset=utf-8";
        buffer.Position = 0;
        await buffer.CopyToAsync(context.Response.Body);
    }

    private static SyndicationItem Entry(HttpRequest request, PaperDetail paper)
    {
        var url = SiteAddress.Absolute(request, CatalogUrls.Paper(paper.Id));
        var item = new SyndicationItem(TexText.ToPlain(paper.Title), TexText.ToPlain(paper.AbstractMarkdown), new Uri(url), url, Date(paper.Date))
        {
            PublishDate = Date(paper.Date),
        };
        foreach (var author in paper.Authors)
        {
            item.Authors.Add(new SyndicationPerson(null, author.Name, SiteAddress.Absolute(request, CatalogUrls.Author(author.Slug))));
        }

        if (paper.Venue is { } venue)
        {
            item.Categories.Add(new SyndicationCategory(venue));
        }

        return item;
    }

    /// <summary>A stored date as far as it is known, the missing parts taken as the first of the year or month.</summary>
    private static DateTimeOffset Date(string? date)
    {
        var (year, month, day) = CitationBuilder.DateParts(date);
        return year is { } y ? new DateTimeOffset(y, month ?? 1, day ?? 1, 0, 0, 0, TimeSpan.Zero) : DateTimeOffset.UnixEpoch;
    }
}
