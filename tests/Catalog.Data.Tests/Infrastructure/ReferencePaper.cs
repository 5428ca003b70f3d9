namespace Catalog.Data.Tests.Infrastructure;

/// <summary>One row of Reference/papers-metadata.md: a real paper's verified metadata.</summary>
public sealed record ReferencePaper(int Number, string Title, string Id, string Date, string? Venue, IReadOnlyList<string> Authors)
{
    public int Year => int.Parse(Date.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
}
