namespace Catalog.Data.Search.Engine.Index;

/// <summary>Terms for matching a word as written, without stemming (<c>=transformers</c>): wherever a token's folded form
/// differs from its stem, the index also holds the folded form marked with <see cref="Mark"/> ("=transformers" beside
/// "transform"), at the same position. A form that is its own stem ("transform") has no term of its own: its instances
/// are the stem's less those of every marked form with that stem (<see cref="ExactVariants"/>). The mark is a byte the
/// tokenizer never puts in a term, so no search for words meets these terms.</summary>
internal static class ExactTerms
{
    public const char Mark = '=';

    public static string Of(string surface) => Mark + surface;

    public static bool IsExact(string term) => term.Length > 0 && term[0] == Mark;
}
