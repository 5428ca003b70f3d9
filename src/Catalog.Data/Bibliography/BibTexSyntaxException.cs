namespace Catalog.Data.Bibliography;

/// <summary>A BibTeX entry that cannot be read past a point; the parser reports it at <see cref="Line"/> and resumes at
/// the next entry. It never leaves the parser.</summary>
internal sealed class BibTexSyntaxException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
