namespace Catalog.Data.Queries;

/// <summary>A paper that shares authors with another: its line, and the ids of the authors it shares.</summary>
internal sealed class RelatedRow : PaperRow
{
    public string SharedIds { get; init; } = "";
}
