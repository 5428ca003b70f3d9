namespace Catalog.Data.Search.Engine.Explain;

/// <summary>What a query became, once per search: each term typed with the forms searched for it. With a ranked search's
/// answer (<see cref="RankedAnswer"/>: the words made optional, the stop words dropped), the whole of what the engine did
/// with the text.</summary>
/// <param name="Words">The terms, required first, then optional, excluded and filters, in the order typed.</param>
public sealed record QueryExplanation(IReadOnlyList<QueryWord> Words);
