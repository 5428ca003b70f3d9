namespace Catalog.Data.Seeds;

/// <summary>Remembers each paper id and where it was first used, to report duplicates (ids are compared ignoring
/// case, since they are URLs that people type).</summary>
internal sealed class PaperIdRegistry
{
    private readonly Dictionary<string, (string File, int Line)> _firstUse = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers the paper's id; returns false and reports a problem when another paper already has it.</summary>
    public bool Register(SeedPaper paper, List<SeedProblem> problems)
    {
        if (_firstUse.TryGetValue(paper.Id, out var first))
        {
            problems.Add(new(paper.File, paper.IdLine, $"duplicate id '{paper.Id}'; {first.File}:{first.Line} already uses it"));
            return false;
        }

        _firstUse[paper.Id] = (paper.File, paper.IdLine);
        return true;
    }
}
