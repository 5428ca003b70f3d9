namespace Catalog.Data.Search;

/// <summary>One thing to look for: a word, a quoted phrase, or a word prefix (<c>transform*</c>).</summary>
public sealed record QueryTerm(string Text, bool IsPhrase, bool IsPrefix)
{
    /// <summary>The term as an FTS5 string: quoted, so no user text is ever read as FTS5 syntax.</summary>
    public string ToFts() => $"\"{Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"{(IsPrefix ? "*" : "")}";

    /// <summary>The term as a person would type it again.</summary>
    public override string ToString() => IsPhrase ? $"\"{Text}\"" : IsPrefix ? $"{Text}*" : Text;
}
