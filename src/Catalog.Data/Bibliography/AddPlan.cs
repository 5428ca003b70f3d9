using Catalog.Data.Records;

namespace Catalog.Data.Bibliography;

/// <summary>What adding papers to a seeds folder will do: the new paper files, the changes to existing ones (only with
/// --update), and notes for a person: entries already in the catalog, entries of the input merged, names that may be
/// people the catalog knows. Nothing has been written yet.</summary>
public sealed record AddPlan(
    IReadOnlyList<PlannedPaper> New,
    IReadOnlyList<PlannedUpdate> Updates,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Names)
{
    public IReadOnlyList<PaperRecord> Records => [.. New.Select(n => n.Record)];
}
