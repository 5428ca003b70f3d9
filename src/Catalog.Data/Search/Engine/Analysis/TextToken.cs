namespace Catalog.Data.Search.Engine.Analysis;

/// <summary>A token of a text: its term and its UTF-8 byte offsets, end exclusive; and its folded form before stemming,
/// when the tokenizer kept it (<see cref="Tokenizer.KeepsSurface"/>).</summary>
internal readonly record struct TextToken(string Term, int Start, int End)
{
    public string? Surface { get; init; }
}
