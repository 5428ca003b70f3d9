namespace Catalog.Data.Model;

/// <summary>A paper as a line in a list: enough to recognise it and open it.</summary>
public sealed record PaperSummary(
    string Id,
    string Title,
    string? Date,
    string? Venue,
    IReadOnlyList<AuthorRef> Authors,
    long AuthorCount);
