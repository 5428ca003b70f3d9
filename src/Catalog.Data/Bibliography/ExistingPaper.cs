using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>A paper of the seeds folder: as the importer reads it, its file, and that file as messages name it, relative
/// to the folder ("papers/2302.05442.md").</summary>
public sealed record ExistingPaper(SeedPaper Paper, string File, string DisplayPath);
