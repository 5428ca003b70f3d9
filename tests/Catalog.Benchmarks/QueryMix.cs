using System.Globalization;
using Catalog.Data.Model;
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

    public static QueryKind CommonWord { get; } = new("common word", Query("model"), "model");

    public static QueryKind Phrase { get; } = new("phrase", Query("\"large language models\""), "\"large language models\"");

    /// <summary>A question as a person types it: too long for every word, so our search ranks papers with some of them.</summary>
    public const string Sentence = "how does the performance of large language models scale with training data";

    public static IReadOnlyList<QueryKind> For(CatalogDatabase database)
    {
        var topAuthor = new AuthorQueries(database).MostFrequent(1)[0];
        var search = new PaperSearch(database);
        var topYear = int.Parse(search.Search(new SearchRequest()).Facets.Years.MaxBy(y => y.Count)!.Value, CultureInfo.InvariantCulture);
        var deepPage = Math.Min(DeepPage, search.Search(Query("model")).PageCount);
        return
        [
            CommonWord,
            new("rare word", Query("kinship"), "kinship"),
            new("two words", Query("graph neural"), "graph neural"),
            Phrase,
            new("prefix", Query("transform*"), "transform*"),
            new("OR", Query("sarcasm OR poetry"), "sarcasm OR poetry"),
            new("exclusion", Query("transformer -vision"), "transformer -vision"),
            WordAndAuthor(topAuthor),
            new("word + year", Query("model") with { Year = topYear }, "model", LuceneYear: topYear),
            new("no hits", Query("xylophonequartz"), "xylophonequartz"),
            new("sentence (ranked)", Query(Sentence), Sentence, LuceneAnyWord: true),
            new(FormattableString.Invariant($"deep page {deepPage}"), Query("model") with { Page = deepPage }, "model"),
        ];
    }

    public static QueryKind WordAndAuthor(AuthorSummary author) =>
        new("word + author", Query("model") with { Authors = [author.Slug] }, "model", LuceneAuthor: author.Name);

    private static SearchRequest Query(string text) => new() { Query = text };
}
