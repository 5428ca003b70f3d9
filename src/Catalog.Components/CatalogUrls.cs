using System.Globalization;
using System.Text;
using Catalog.Data.Search;

namespace Catalog.Components;

/// <summary>The one place that builds the site's links. Query parameters come in a fixed order,
/// so the same view always has the same URL.</summary>
public static class CatalogUrls
{
    public const string Home = "/";

    public const string Papers = "/papers";

    public static string Paper(string id) => $"/papers/{Uri.EscapeDataString(id)}";

    public static string Author(string slug) => $"/authors/{Uri.EscapeDataString(slug)}";

    /// <summary>A person's page with every co-author listed, not only the first ones.</summary>
    public static string AuthorWithAllCoAuthors(string slug) => $"{Author(slug)}?coauthors=all";

    public static string Authors(string? prefix = null, string? sort = null, int page = 1) =>
        WithQuery("/authors", ("q", prefix), ("sort", sort), ("page", page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null));

    public const string PapersFeed = "/papers.atom";

    public const string OpenSearch = "/opensearch.xml";

    public const string Sitemap = "/sitemap.xml";

    public const string Robots = "/robots.txt";

    public const string OpenApiDocument = "/openapi/v1.json";

    public const string ApiReference = "/scalar";

    public const string ApiPapers = "/api/papers";

    public const string ApiAuthors = "/api/authors";

    /// <summary>The results page for a request; the page number is left out for the first page.</summary>
    public static string Search(SearchRequest request) => SearchAt(Papers, request, SearchParameterSet.View);

    /// <summary>Every result of the request as a citation file (".bib", ".ris", ".csl.json"), in the results' order.</summary>
    public static string SearchFile(SearchRequest request, string extension) => SearchAt(Papers + extension, request, SearchParameterSet.Results);

    public static string SearchBibTex(SearchRequest request) => SearchFile(request, ".bib");

    public static string SearchRis(SearchRequest request) => SearchFile(request, ".ris");

    public static string SearchCslJson(SearchRequest request) => SearchFile(request, ".csl.json");

    /// <summary>An Atom feed of the request's first results.</summary>
    public static string SearchFeed(SearchRequest request) => SearchAt(PapersFeed, request, SearchParameterSet.Results);

    /// <summary>The full author list on the paper's page.</summary>
    public static string PaperAuthors(string id) => $"{Paper(id)}#authors";

    public static string PaperBibTex(string id) => $"{Paper(id)}.bib";

    public static string PaperRis(string id) => $"{Paper(id)}.ris";

    public static string PaperCslJson(string id) => $"{Paper(id)}.csl.json";

    /// <summary>A person's papers as a citation file (".bib", ".ris", ".csl.json").</summary>
    public static string AuthorFile(string slug, string extension) => Author(slug) + extension;

    public static string AuthorBibTex(string slug) => AuthorFile(slug, ".bib");

    public static string AuthorRis(string slug) => AuthorFile(slug, ".ris");

    public static string AuthorCslJson(string slug) => AuthorFile(slug, ".csl.json");

    public static string AuthorFeed(string slug) => $"{Author(slug)}.atom";

    public static string ApiPaper(string id) => $"{ApiPapers}/{Uri.EscapeDataString(id)}";

    public static string ApiAuthor(string slug) => $"{ApiAuthors}/{Uri.EscapeDataString(slug)}";

    /// <summary>A sitemap's part, when the catalog needs more than one (<paramref name="part"/> from 1).</summary>
    public static string SitemapPart(int part) => $"/sitemap-{part.ToString(CultureInfo.InvariantCulture)}.xml";

    private static string SearchAt(string path, SearchRequest request, SearchParameterSet set) =>
        WithQuery(path, [.. SearchParameters.Write(request, set).Select(p => (p.Key, (string?)p.Value))]);

    public static string SearchFor(string query) => Search(new SearchRequest { Query = query });

    public static string SearchByAuthor(string slug) => Search(new SearchRequest { Authors = [slug] });

    private static string WithQuery(string path, params (string Name, string? Value)[] parameters)
    {
        var builder = new StringBuilder(path);
        var separator = '?';
        foreach (var (name, value) in parameters)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            builder.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return builder.ToString();
    }
}
