using Catalog.Data.Queries;
using Catalog.Data.Store;

namespace Catalog.Benchmarks;

/// <summary>The kinds the growth table times at every size: top-k searches whose cost should grow less than the catalog
/// does (the mix's common word, phrase, and word with the catalog's most frequent author).</summary>
public static class GrowthKinds
{
    public static IReadOnlyList<QueryKind> For(CatalogDatabase database) =>
        [QueryMix.CommonWord, QueryMix.Phrase, QueryMix.WordAndAuthor(new AuthorQueries(database).MostFrequent(1)[0])];
}
