namespace Catalog.Data.Search.Engine;

/// <summary>The store's orders as places, so that a sorted page is the matches with the lowest places. The orders come
/// from the store's own ORDER BY, so the engine sorts exactly as SQL would.</summary>
internal sealed record SortRanks(SortOrder Newest, SortOrder Oldest, SortOrder Title);

/// <summary>One order: each paper's place in it, and the paper at each place.</summary>
internal sealed record SortOrder(int[] RankOf, int[] DocumentAt);
