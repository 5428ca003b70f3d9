namespace Catalog.Data.Search.Engine;

/// <summary>The best k matches by bm25 (ties by document number, which is rowid order, as FTS5's
/// <c>ORDER BY bm25(...), rowid</c>), skipping every window of matches whose block maxima add up to no more than the
/// current k-th score (block-max, as in Lucene's block-max conjunction and tantivy's block WAND): a paper scored later
/// enters only with a strictly higher score, and a bound never falls below a score it covers, because each term's
/// share is bounded by its block's maximum and floating-point addition is monotonic.</summary>
internal static class TopKCollector
{
    public static List<int> Collect(IReadOnlyList<int> matches, ClauseScorer scorer, int k)
    {
        if (k <= 0 || matches.Count == 0)
        {
            return [];
        }

        // The worst kept match on top: lowest score, then highest document.
        var kept = new PriorityQueue<int, (double Score, int Document)>(k + 1, WorstFirst.Instance);
        var threshold = double.NegativeInfinity;
        var j = 0;
        while (j < matches.Count)
        {
            var (bound, windowEnd) = scorer.UpperBound(matches[j]);
            if (kept.Count == k && bound <= threshold)
            {
                j = FirstAfter(matches, j, windowEnd);
                continue;
            }

            for (; j < matches.Count && matches[j] <= windowEnd; j++)
            {
                var document = matches[j];
                var score = scorer.Score(document);
                if (kept.Count < k)
                {
                    kept.Enqueue(document, (score, document));
                }
                else if (score > threshold)
                {
                    kept.EnqueueDequeue(document, (score, document));
                }
                else
                {
                    continue;
                }

                if (kept.Count == k)
                {
                    kept.TryPeek(out _, out var worst);
                    threshold = worst.Score;
                }
            }
        }

        var best = new List<(double Score, int Document)>(kept.Count);
        while (kept.TryDequeue(out var document, out var key))
        {
            best.Add((key.Score, document));
        }

        best.Reverse();
        return best.ConvertAll(b => b.Document);
    }

    /// <summary>The plain algorithm: every match scored, all sorted. What the tests hold the skipping to.</summary>
    public static List<int> CollectAll(IReadOnlyList<int> matches, ClauseScorer scorer, int k) =>
        [.. matches.Select(d => (Score: scorer.Score(d), Document: d))
            .OrderByDescending(m => m.Score).ThenBy(m => m.Document).Take(k).Select(m => m.Document)];

    private static int FirstAfter(IReadOnlyList<int> matches, int from, int document)
    {
        var (lo, hi) = (from, matches.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (matches[mid] <= document)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private sealed class WorstFirst : IComparer<(double Score, int Document)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((double Score, int Document) x, (double Score, int Document) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Document.CompareTo(x.Document);
    }
}
