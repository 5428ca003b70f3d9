namespace Catalog.Data.Bibliography;

/// <summary>One entry of a BibTeX file as written: its type and key, and each field's value with macros expanded and
/// <c>#</c> joined, still TeX. Field names are lower case; <see cref="FieldLines"/> says where each field starts.</summary>
public sealed record BibTexEntry(string Type, string Key, int Line, IReadOnlyDictionary<string, string> Fields, IReadOnlyDictionary<string, int> FieldLines)
{
    public string? this[string name] => Fields.TryGetValue(name, out var value) ? value : null;

    public int LineOf(string name) => FieldLines.TryGetValue(name, out var line) ? line : Line;
}
