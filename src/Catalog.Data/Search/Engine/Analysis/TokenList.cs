namespace Catalog.Data.Search.Engine.Analysis;

/// <summary>Collects a text's tokens with their offsets, for the work that needs to know where a term stands in the
/// text: highlights and hyphen compounds.</summary>
/// <param name="wantedFirstBytes">When given, only tokens whose term starts with one of these bytes get their term as a
/// string; the others get "" (a highlighter looks for a few terms, and most tokens cannot be one).</param>
/// <param name="surfaces">The tokenizer, when it keeps each token's form before stemming and the tokens want it too (a
/// highlighter of words asked for as written).</param>
internal readonly struct TokenList(bool[]? wantedFirstBytes, Tokenizer? surfaces = null) : ITokenSink
{
    public TokenList()
        : this(null)
    {
    }

    public List<TextToken> Tokens { get; } = [];

    public void Token(ReadOnlySpan<byte> term, int start, int end)
    {
        var wanted = wantedFirstBytes is null || (term.Length > 0 && wantedFirstBytes[term[0]]);
        Tokens.Add(new TextToken(wanted ? TermText.FromBytes(term) : "", start, end)
        {
            Surface = wanted && surfaces is { KeepsSurface: true } ? TermText.FromBytes(surfaces.Surface) : null,
        });
    }

    public static List<TextToken> Of(ReadOnlySpan<byte> utf8, Tokenizer tokenizer)
    {
        var sink = new TokenList();
        tokenizer.Tokenize(utf8, ref sink);
        return sink.Tokens;
    }
}
