using Catalog.Data.Records;

namespace Catalog.Data.Bibliography;

/// <summary>A paper to add: the seed record to write, and where in the input it was read.</summary>
public sealed record PlannedPaper(PaperRecord Record, string Location)
{
    public string DisplayPath => $"{SeedFolderWriter.PapersFolder}/{Record.Id}.md";
}
