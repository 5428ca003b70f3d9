namespace Catalog.Data.Search.Engine.Index;

/// <summary>The store's orders as places, so that a sorted page is the matches with the lowest places. The orders come
/// from the store's own ORDER BY, so the engine sorts exactly as SQL would.</summary>
internal sealed record SortRanks(SortOrder Newest, SortOrder Oldest, SortOrder Title);

/// <summary>One order: each paper's place in it, and the paper at each place.</summary>
internal sealed record SortOrder(int[] RankOf, int[] DocumentAt)
{
    /// <summary>The order from each paper's place, every place from 0 taken once.</summary>
    public static SortOrder FromRanks(int[] rankOf)
    {
        var documentAt = new int[rankOf.Length];
        for (var d = 0; d < rankOf.Length; d++)
        {
            documentAt[rankOf[d]] = d;
        }

        return new SortOrder(rankOf, documentAt);
    }
}
