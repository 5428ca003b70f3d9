namespace Catalog.Data.Tests.Infrastructure;

/// <summary>One paper of Reference/ai-topics-listing.txt: its title, its source line and its abstract.</summary>
public sealed record ListingEntry(string Title, string Source, string Abstract);

/// <summary>Reference/ai-topics-listing.txt: a header, then blocks separated by two blank lines,
/// each block "title", blank line, "source line", blank line, "abstract".</summary>
public sealed record TopicsListing(string Header, IReadOnlyList<ListingEntry> Entries)
{
    public static TopicsListing Load() => Parse(File.ReadAllText(RepositoryPaths.Reference("ai-topics-listing.txt")));

    public static TopicsListing Parse(string text)
    {
        var blocks = text.Split("\n\n\n");
        var entries = blocks.Skip(1).Select(block =>
        {
            var parts = block.Split("\n\n", 3);
            Assert.True(parts.Length == 3, $"a listing block is not 'title, source, abstract': {block}");
            return new ListingEntry(parts[0], parts[1], parts[2]);
        });
        return new TopicsListing(blocks[0], [.. entries]);
    }
}
