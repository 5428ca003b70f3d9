namespace Catalog.Components;

/// <summary>One parameter of a search's URL, as the API's document describes it.</summary>
/// <param name="Name">Its name in the query string.</param>
/// <param name="Description">What it means, for the API's document.</param>
/// <param name="Repeats">True when the parameter may be given more than once.</param>
/// <param name="Values">The values it takes, when they are a fixed list.</param>
public sealed record SearchParameter(string Name, string Description, bool Repeats = false, IReadOnlyList<string>? Values = null);
