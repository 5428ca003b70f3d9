namespace Catalog.Data.Search.Engine.Query;

/// <summary>Where a query term looks: anywhere (a plain word), one searched field (<c>title:</c>, <c>author:</c>,
/// <c>abstract:</c>), or a paper's venue or year, which filter the results without ranking them.</summary>
public enum QueryField
{
    Any,
    Title,
    Authors,
    Abstract,
    Venue,
    Year,
}
