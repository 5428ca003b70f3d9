using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>What reading one bibliography file gave: the papers of its valid entries, and every problem, each with the
/// file and line. An entry with an error gives no paper.</summary>
public sealed record BibliographyRead(IReadOnlyList<ImportedPaper> Papers, IReadOnlyList<SeedProblem> Problems)
{
    public bool HasErrors => Problems.Any(p => p.IsError);
}
