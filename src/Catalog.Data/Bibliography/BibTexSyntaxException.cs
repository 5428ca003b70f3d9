namespace Catalog.Data.Bibliography;

/// <summary>A BibTeX entry that cannot be read past a point; the parser reports it at <see cref="Line"/> and resumes at
/// the next entry (at <see cref="ResumeAt"/> when it knows where that is). It never leaves the parser.</summary>
internal sealed class BibTexSyntaxException(int line, string message, (int Position, int Line)? resumeAt = null) : Exception(message)
{
    public int Line { get; } = line;

    public (int Position, int Line)? ResumeAt { get; } = resumeAt;
}
