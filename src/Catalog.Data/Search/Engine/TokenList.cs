namespace Catalog.Data.Search.Engine;

/// <summary>Collects a text's tokens with their offsets, for the work that needs to know where a term stands in the
/// text: highlights and hyphen compounds.</summary>
internal struct TokenList : ITokenSink
{
    public TokenList() => Tokens = [];

    public List<TextToken> Tokens { get; }

    public readonly void Token(ReadOnlySpan<byte> term, int start, int end) => Tokens.Add(new TextToken(TermText.FromBytes(term), start, end));

    public static List<TextToken> Of(ReadOnlySpan<byte> utf8, Tokenizer tokenizer)
    {
        var sink = new TokenList();
        tokenizer.Tokenize(utf8, ref sink);
        return sink.Tokens;
    }
}
