using Catalog.Data.Records;

namespace Catalog.Data.Bibliography;

/// <summary>A paper to add: the seed record to write, and where in the input it was read (its file as problems name it,
/// and "file:line").</summary>
public sealed record PlannedPaper(PaperRecord Record, string Path, string Location)
{
    public string DisplayPath => $"{SeedFolderWriter.PapersFolder}/{Record.Id}.md";
}
