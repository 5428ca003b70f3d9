using Catalog.Data.Search;

namespace Catalog.Benchmarks;

/// <summary>One kind of search in the mix: the request as the results page makes it, and the same search for Lucene
/// (classic query syntax, with an exact author or year filter where the request has one).</summary>
public sealed record QueryKind(string Name, SearchRequest Request, string LuceneQuery, string? LuceneAuthor = null, int? LuceneYear = null)
{
    /// <summary>The request's filters, as the table shows them.</summary>
    public string Filters =>
        Request.Authors.Count > 0 ? $"author={LuceneAuthor}"
        : Request.Year is { } year ? FormattableString.Invariant($"year={year}")
        : Request.Page > 1 ? FormattableString.Invariant($"page={Request.Page}")
        : "";
}
