namespace Catalog.Data.Queries;

/// <summary>A paper as a line of a list reads it from <c>papers p</c>: the one row type of that shape, and its columns.</summary>
internal class PaperRow
{
    public const string Columns = "p.rowid AS RowId, p.id AS Id, p.title AS Title, p.date AS Date, p.venue AS Venue, p.author_count AS AuthorCount";

    public long RowId { get; init; }
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Date { get; init; }
    public string? Venue { get; init; }
    public long AuthorCount { get; init; }
}
