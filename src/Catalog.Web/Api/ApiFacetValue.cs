namespace Catalog.Web.Api;

/// <summary>A filter's value (what the URL parameter takes), its label and how many results have it.</summary>
public sealed record ApiFacetValue(string Value, string Label, long Count);
