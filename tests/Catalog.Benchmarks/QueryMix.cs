using System.Globalization;
using Catalog.Data.Queries;
using Catalog.Data.Search;
using Catalog.Data.Store;

namespace Catalog.Benchmarks;

/// <summary>The fixed mix of searches, the same for every corpus. The author and year filters take the catalog's most
/// frequent author and year, so the filter narrows a large result; the deep page is page 200, or the last page when
/// there are fewer.</summary>
public static class QueryMix
{
    public const int DeepPage = 200;

    public static IReadOnlyList<QueryKind> For(CatalogDatabase database)
    {
        var topAuthor = new AuthorQueries(database).MostFrequent(1)[0];
        var search = new PaperSearch(database);
        var topYear = int.Parse(search.Search(new SearchRequest()).Facets.Years.MaxBy(y => y.Count)!.Value, CultureInfo.InvariantCulture);
        var deepPage = Math.Min(DeepPage, search.Search(Query("model")).PageCount);
        return
        [
            new("common word", Query("model"), "model"),
            new("rare word", Query("kinship"), "kinship"),
            new("two words", Query("graph neural"), "graph neural"),
            new("phrase", Query("\"large language models\""), "\"large language models\""),
            new("prefix", Query("transform*"), "transform*"),
            new("OR", Query("sarcasm OR poetry"), "sarcasm OR poetry"),
            new("exclusion", Query("transformer -vision"), "transformer -vision"),
            new("word + author", Query("model") with { Authors = [topAuthor.Slug] }, "model", LuceneAuthor: topAuthor.Name),
            new("word + year", Query("model") with { Year = topYear }, "model", LuceneYear: topYear),
            new("no hits", Query("xylophonequartz"), "xylophonequartz"),
            new(FormattableString.Invariant($"deep page {deepPage}"), Query("model") with { Page = deepPage }, "model"),
        ];
    }

    private static SearchRequest Query(string text) => new() { Query = text };
}
