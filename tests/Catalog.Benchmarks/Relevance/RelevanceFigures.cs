namespace Catalog.Benchmarks.Relevance;

/// <summary>How well a search ranks a set of claims' abstracts: mean nDCG@10 (binary gains, as BEIR computes it), mean
/// recall@100, and the claims that found nothing.</summary>
public sealed record RelevanceFigures(double Ndcg10, double Recall100, int NoResults, int Claims)
{
    /// <summary>The first few claims that found nothing, to show.</summary>
    public IReadOnlyList<string> Unanswered { get; init; } = [];

    public static RelevanceFigures Measure(IReadOnlyList<SciFactClaim> claims, IReadOnlyDictionary<string, IReadOnlySet<string>> relevant,
        Func<string, IReadOnlyList<string>> search)
    {
        double ndcg = 0, recall = 0;
        var unanswered = new List<string>();
        foreach (var claim in claims)
        {
            var found = search(claim.Text);
            var judged = relevant[claim.Id];
            if (found.Count == 0)
            {
                unanswered.Add(claim.Text);
            }

            ndcg += Ndcg(found, judged, 10);
            recall += (double)found.Take(100).Count(judged.Contains) / judged.Count;
        }

        return new RelevanceFigures(ndcg / claims.Count, recall / claims.Count, unanswered.Count, claims.Count) { Unanswered = [.. unanswered.Take(5)] };
    }

    /// <summary>Figures of several sets of claims together, weighted by their claims.</summary>
    public static RelevanceFigures Pool(IReadOnlyList<RelevanceFigures> parts)
    {
        var claims = parts.Sum(p => p.Claims);
        return new RelevanceFigures(parts.Sum(p => p.Ndcg10 * p.Claims) / claims, parts.Sum(p => p.Recall100 * p.Claims) / claims, parts.Sum(p => p.NoResults), claims)
        {
            Unanswered = [.. parts.SelectMany(p => p.Unanswered).Take(5)],
        };
    }

    private static double Ndcg(IReadOnlyList<string> found, IReadOnlySet<string> judged, int depth)
    {
        var gain = 0.0;
        for (var i = 0; i < Math.Min(depth, found.Count); i++)
        {
            gain += judged.Contains(found[i]) ? 1 / Math.Log2(i + 2) : 0;
        }

        var best = 0.0;
        for (var i = 0; i < Math.Min(depth, judged.Count); i++)
        {
            best += 1 / Math.Log2(i + 2);
        }

        return gain / best;
    }
}
