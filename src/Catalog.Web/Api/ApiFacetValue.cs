namespace Catalog.Web.Api;

/// <summary>A filter's value (what the URL parameter takes), its label and how many results have it.</summary>
/// <param name="Value">What the filter's URL parameter takes.</param>
/// <param name="Label">How the results page names it.</param>
/// <param name="Count">How many results have it.</param>
public sealed record ApiFacetValue(string Value, string Label, long Count);
