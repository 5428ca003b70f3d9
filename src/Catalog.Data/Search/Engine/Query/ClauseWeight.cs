using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Query;

/// <summary>A query term bound to the index (Lucene's Weight): its posting list and its bm25 idf, which FTS5 works out
/// from the number of papers in the whole catalog that match the term. A venue or year term is a filter: its list is
/// the papers it lets through, and it adds nothing to a score.</summary>
internal sealed record ClauseWeight(PostingList List, double Idf, bool IsFilter)
{
    /// <summary>The query term the clause stands for, and its terms as the index holds them: what an explanation names
    /// and counts again per field (<see cref="Explain.ScoreExplainer"/>); null for a clause made from a pattern alone.</summary>
    public QueryTerm? Term { get; init; }

    public TermPattern? Pattern { get; init; }

    public static ClauseWeight Create(SearchIndex index, QueryTerm term, Tokenizer tokenizer)
    {
        var pattern = TermPattern.For(term, tokenizer);
        var weight = term.Field switch
        {
            QueryField.Year => Filter(index, ColumnTerms.Years(index.Columns, term.Years.First, term.Years.Last)),
            QueryField.Venue => Filter(index, ColumnTerms.Venues(index.Columns, pattern, tokenizer)),
            _ => Create(index, pattern),
        };
        return weight with { Term = term, Pattern = pattern };
    }

    public static ClauseWeight Create(SearchIndex index, TermPattern pattern)
    {
        var list = pattern.IsEmpty ? PostingList.Empty
            : pattern is { Slots.Count: 1, LastIsPrefix: false, Field: TermPattern.AnyField } && !pattern.IsOwnForm(0) ? Single(index, pattern.Slots[0])
            : PhraseMatcher.Match(index, pattern);
        return new ClauseWeight(list, Bm25.Idf(index.DocumentCount, list.Count), IsFilter: false) { Pattern = pattern };
    }

    private static ClauseWeight Filter(SearchIndex index, int[] papers) =>
        new(PostingList.Materialize(papers, new int[papers.Length], papers.Length, index.Columns.LengthNorms), 0, IsFilter: true);

    private static PostingList Single(SearchIndex index, string term)
    {
        var id = index.Terms.Find(term);
        return id < 0 ? PostingList.Empty : index.Postings.For(id);
    }
}
