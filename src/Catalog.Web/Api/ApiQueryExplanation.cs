namespace Catalog.Web.Api;

/// <summary>What the search's text became, once per search; with <c>ranked</c>, everything the engine did with it.</summary>
/// <param name="Words">Each term typed, with its role and the forms searched for it.</param>
public sealed record ApiQueryExplanation(IReadOnlyList<ApiQueryWord> Words);
