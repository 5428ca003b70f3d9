using Catalog.Data.Bibliography;

namespace Catalog.Web.Commands;

/// <summary>One run of <c>add</c>: the files and identifiers to read, the seeds folder, and its switches.</summary>
public sealed record AddRequest(IReadOnlyList<string> Sources, string Seeds)
{
    public bool Update { get; init; }

    public bool DryRun { get; init; }

    public bool KeepGoing { get; init; }

    public BibliographyOptions Options { get; init; } = new();

    /// <summary>The folder relative file names are read from (the working folder when null); problems name files as given.</summary>
    public string? Folder { get; init; }

    /// <summary>How identifiers are looked up; null reads files only.</summary>
    public LookupClient? Lookup { get; init; }
}
