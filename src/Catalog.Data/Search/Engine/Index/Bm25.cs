namespace Catalog.Data.Search.Engine.Index;

/// <summary>FTS5's bm25() (fts5_aux.c), term for term, so that scores are the very doubles FTS5 computes:
/// score = Σ over the query's phrases of idf × f·(k1+1) / (f + k1·(1 − b + b·D/avgdl)), where f is the phrase's
/// weighted count in the paper and D the paper's length in tokens over all fields.</summary>
internal static class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>The part of the denominator that depends on the paper alone.</summary>
    public static double LengthNorm(long documentTokens, double averageTokens) => K1 * (1 - B + (B * documentTokens / averageTokens));

    public static double TermFrequencyNorm(double frequency, double lengthNorm) => frequency * (K1 + 1.0) / (frequency + lengthNorm);

    public static double Idf(long documents, long hits)
    {
        var idf = Math.Log((documents - hits + 0.5) / (hits + 0.5));
        return idf <= 0.0 ? 1e-6 : idf;
    }
}
