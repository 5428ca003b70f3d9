using Catalog.Data.Search.Engine.Index;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Search.Engine.Collectors;

/// <summary>The best k matches by bm25 (ties by document number, which is rowid order, as FTS5's
/// <c>ORDER BY bm25(...), rowid</c>), skipping every window of matches whose block maxima add up to no more than the
/// current k-th score (block-max, as in Lucene's block-max conjunction and tantivy's block WAND): a paper scored later
/// enters only with a strictly higher score, and a bound never falls below a score it covers, because each term's
/// share is bounded by its block's maximum and floating-point addition is monotonic.</summary>
internal static class TopKCollector
{
    /// <summary>Up to this many best matches (page 50 of 20), the block-max top k; past it, a selection.</summary>
    public const int HeapLimit = 1000;

    private static readonly Comparer<(double Score, int Document)> s_worstFirst = Comparer<(double Score, int Document)>.Create((x, y) => BestFirst(y, x));

    public static List<int> Collect(DocSet matches, ClauseScorer scorer, int k)
    {
        if (k <= 0)
        {
            return [];
        }

        // The worst kept match on top.
        var kept = new PriorityQueue<int, (double Score, int Document)>(k + 1, s_worstFirst);
        var threshold = double.NegativeInfinity;
        var end = matches.Documents;
        var document = matches.Next(0);
        while (document < end)
        {
            var (bound, windowEnd) = scorer.UpperBound(document);
            if (kept.Count == k && bound <= threshold)
            {
                document = windowEnd >= end ? end : matches.Next(windowEnd + 1);
                continue;
            }

            for (; document <= windowEnd && document < end; document = matches.Next(document + 1))
            {
                var score = scorer.Score(document);
                if (kept.Count < k)
                {
                    kept.Enqueue(document, (score, document));
                }
                else if (score > threshold)
                {
                    kept.EnqueueDequeue(document, (score, document));
                }

                if (kept.Count == k)
                {
                    kept.TryPeek(out _, out var worst);
                    threshold = worst.Score;
                }
            }
        }

        var best = new List<int>(kept.Count);
        while (kept.TryDequeue(out var paper, out _))
        {
            best.Add(paper);
        }

        best.Reverse();
        return best;
    }

    /// <summary>The matches ranked from <paramref name="skip"/> up to <paramref name="want"/>: the block-max top k for
    /// the first pages, a selection past <see cref="HeapLimit"/>.</summary>
    public static List<int> Page(DocSet matches, ClauseScorer scorer, int skip, int want) =>
        want > HeapLimit ? Select(matches, scorer, skip, want) : Collect(matches, scorer, want)[skip..];

    /// <summary>A deep page (page 200 wants the best 4,000) skips few windows and would churn a large heap, so every
    /// match is scored and two selections (quickselect) bring the page's matches to their places without sorting those
    /// before them; only the page itself is sorted.</summary>
    public static List<int> Select(DocSet matches, ClauseScorer scorer, int skip, int want)
    {
        var scored = new (double Score, int Document)[matches.Count];
        var n = 0;
        foreach (var document in matches)
        {
            scored[n++] = (scorer.Score(document), document);
        }

        var items = scored.AsSpan();
        SelectNth(items, want - 1);
        SelectNth(items[..want], skip);
        var page = items[skip..want];
        page.Sort(BestFirst);
        var documents = new List<int>(page.Length);
        foreach (var (_, document) in page)
        {
            documents.Add(document);
        }

        return documents;
    }

    /// <summary>Puts the n-th best item in its place, the better ones before it and the worse after (Hoare's partition;
    /// no two items are equal, documents being distinct).</summary>
    private static void SelectNth(Span<(double Score, int Document)> items, int n)
    {
        var (lo, hi) = (0, items.Length - 1);
        while (lo < hi)
        {
            var pivot = items[(lo + hi) >>> 1];
            var (i, j) = (lo, hi);
            while (i <= j)
            {
                while (BestFirst(items[i], pivot) < 0)
                {
                    i++;
                }

                while (BestFirst(pivot, items[j]) < 0)
                {
                    j--;
                }

                if (i <= j)
                {
                    (items[i], items[j]) = (items[j], items[i]);
                    (i, j) = (i + 1, j - 1);
                }
            }

            if (n <= j)
            {
                hi = j;
            }
            else if (n >= i)
            {
                lo = i;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Higher score first, then lower document.</summary>
    private static int BestFirst((double Score, int Document) x, (double Score, int Document) y) =>
        x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Document.CompareTo(y.Document);
}
