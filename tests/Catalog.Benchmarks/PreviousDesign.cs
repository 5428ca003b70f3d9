namespace Catalog.Benchmarks;

/// <summary>The previous design's figures (FTS5 in SQLite with ready answers for common words), printed beside this run's
/// for comparison. They come from other runs, so only their ratios (to Lucene.Net in the same run) compare directly.</summary>
public static class PreviousDesign
{
    /// <summary>Search p50, ms, by kind: arXiv, then ACL (README, commit da9c72a).</summary>
    private static readonly Dictionary<string, (double Arxiv, double Acl)> s_p50 = new(StringComparer.Ordinal)
    {
        ["common word"] = (1.16, 0.65),
        ["rare word"] = (0.98, 1.02),
        ["two words"] = (5.99, 5.98),
        ["phrase"] = (58, 38),
        ["prefix"] = (42, 22),
        ["OR"] = (1.92, 2.83),
        ["exclusion"] = (34, 21),
        ["word + author"] = (21, 11),
        ["word + year"] = (33, 14),
        ["no hits"] = (0.084, 0.084),
        ["deep page"] = (1.19, 1.08),
    };

    /// <summary>Search p50 divided by Lucene.Net's p50 in the same run, by kind: arXiv from issue 11's text, ACL from the
    /// README's table (commit da9c72a); NaN where neither gives one.</summary>
    private static readonly Dictionary<string, (double Arxiv, double Acl)> s_luceneRatio = new(StringComparer.Ordinal)
    {
        ["common word"] = (0.29, 0.33),
        ["rare word"] = (1.2, 1.9),
        ["two words"] = (2.5, 4.7),
        ["phrase"] = (10, 12),
        ["prefix"] = (34, 24),
        ["OR"] = (1.9, 2.7),
        ["exclusion"] = (14, 14),
        ["word + author"] = (13, 10),
        ["word + year"] = (6.9, 9.4),
        ["no hits"] = (double.NaN, 1.6),
        ["deep page"] = (0.25, 0.20),
    };

    /// <summary>The full import, s (README, commit da9c72a): FTS5 built at import, no engine.</summary>
    public static double ImportSeconds(bool arxiv) => arxiv ? 11.3 : 5.1;

    /// <summary>The full import divided by Lucene.Net's build in the same run (README's people table: 21.0 / 28.6 s and 10.3 / 10.3 s).</summary>
    public static double ImportToLucene(bool arxiv) => arxiv ? 21.0 / 28.6 : 10.3 / 10.3;

    /// <summary>Pages/s under load on arXiv 86k (issue 11's text): searches of distinct words, and the mix's URLs repeated.</summary>
    public const string DistinctWordsPerSecond = "124";

    public const string RepeatedUrlsPerSecond = "1,028";

    public static double P50(string kind, bool arxiv) => Lookup(s_p50, kind, arxiv);

    public static double LuceneRatio(string kind, bool arxiv) => Lookup(s_luceneRatio, kind, arxiv);

    private static double Lookup(Dictionary<string, (double Arxiv, double Acl)> figures, string kind, bool arxiv)
    {
        var key = kind.StartsWith("deep page", StringComparison.Ordinal) ? "deep page" : kind;
        return figures.TryGetValue(key, out var f) ? (arxiv ? f.Arxiv : f.Acl) : double.NaN;
    }
}
