namespace Catalog.Data.Search.Engine.Analysis;

/// <summary>Receives the tokens of a text in order: the term's bytes (valid until the next call) and the byte offsets
/// of the token in the UTF-8 text, end exclusive.</summary>
internal interface ITokenSink
{
    void Token(ReadOnlySpan<byte> term, int start, int end);
}
