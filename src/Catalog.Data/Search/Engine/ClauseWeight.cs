namespace Catalog.Data.Search.Engine;

/// <summary>A query term bound to the index (Lucene's Weight): its posting list and its bm25 idf, which FTS5 works out
/// from the number of papers in the whole catalog that match the term.</summary>
internal sealed record ClauseWeight(TermPattern Pattern, PostingList List, double Idf)
{
    public static ClauseWeight Create(SearchIndex index, TermPattern pattern)
    {
        var list = pattern.IsEmpty ? PostingList.Empty
            : pattern is { Slots.Count: 1, LastIsPrefix: false } ? Single(index, pattern.Slots[0])
            : PhraseMatcher.Match(index, pattern);
        return new ClauseWeight(pattern, list, Bm25.Idf(index.DocumentCount, list.Count));
    }

    private static PostingList Single(SearchIndex index, string term)
    {
        var id = index.Terms.Find(term);
        return id < 0 ? PostingList.Empty : index.Postings.For(id);
    }
}
