namespace Catalog.Data.Seeds;

public enum ProblemSeverity
{
    Error,
    Warning,
}

/// <summary>One thing wrong with the seeds, located by file and 1-based line.</summary>
public sealed record SeedProblem(string Path, int Line, string Message, ProblemSeverity Severity = ProblemSeverity.Error)
{
    public bool IsError => Severity == ProblemSeverity.Error;

    public override string ToString() =>
        $"{Path}:{Line}: {(IsError ? "" : "warning: ")}{Message}";
}
