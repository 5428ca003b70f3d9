using Catalog.Data.Search;

namespace Catalog.Benchmarks;

/// <summary>One kind of search in the mix: the request as the results page makes it, and the same search for Lucene
/// (classic query syntax, with an exact author or year filter where the request has one; any of the words for a
/// sentence, which our search ranks when every word finds too little).</summary>
public sealed record QueryKind(string Name, SearchRequest Request, string LuceneQuery, string? LuceneAuthor = null, int? LuceneYear = null,
    bool LuceneAnyWord = false)
{
    /// <summary>The request's filters, as the table shows them.</summary>
    public string Filters =>
        Request.Authors.Count > 0 ? $"author={LuceneAuthor}"
        : Request.Year is { } year ? FormattableString.Invariant($"year={year}")
        : Request.Page > 1 ? FormattableString.Invariant($"page={Request.Page}")
        : "";
}
