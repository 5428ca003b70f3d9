namespace Catalog.Data.Search.Engine.Build;

/// <summary>The store's rowids in each of its sort orders (newest first, oldest first, by title).</summary>
public sealed record EngineSortOrders(IReadOnlyList<long> Newest, IReadOnlyList<long> Oldest, IReadOnlyList<long> Title);
