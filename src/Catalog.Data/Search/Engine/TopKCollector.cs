namespace Catalog.Data.Search.Engine;

/// <summary>The best k matches by bm25 (ties by document number, which is rowid order, as FTS5's
/// <c>ORDER BY bm25(...), rowid</c>), skipping every window of matches whose block maxima add up to no more than the
/// current k-th score (block-max, as in Lucene's block-max conjunction and tantivy's block WAND): a paper scored later
/// enters only with a strictly higher score, and a bound never falls below a score it covers, because each term's
/// share is bounded by its block's maximum and floating-point addition is monotonic.</summary>
internal static class TopKCollector
{
    /// <summary>Up to this many best matches (page 50 of 20), the block-max top k; past it, a selection.</summary>
    public const int HeapLimit = 1000;

    public static List<int> Collect(DocSet matches, ClauseScorer scorer, int k)
    {
        if (k <= 0)
        {
            return [];
        }

        var kept = new KeptMatches(k);
        var end = matches.Documents;
        var document = matches.Next(0);
        while (document < end)
        {
            var (bound, windowEnd) = scorer.UpperBound(document);
            if (kept.IsFull && bound <= kept.Threshold)
            {
                document = windowEnd >= end ? end : matches.Next(windowEnd + 1);
                continue;
            }

            for (; document <= windowEnd && document < end; document = matches.Next(document + 1))
            {
                kept.Offer(scorer.Score(document), document);
            }
        }

        return kept.BestFirst();
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
        page.Sort((x, y) => Better(x, y) ? -1 : Better(y, x) ? 1 : 0);
        var documents = new List<int>(page.Length);
        foreach (var (_, document) in page)
        {
            documents.Add(document);
        }

        return documents;
    }

    /// <summary>The plain algorithm: every match scored, all sorted. What the tests hold the skipping to.</summary>
    public static List<int> CollectAll(DocSet matches, ClauseScorer scorer, int k) =>
        [.. matches.ToList().Select(d => (Score: scorer.Score(d), Document: d))
            .OrderByDescending(m => m.Score).ThenBy(m => m.Document).Take(k).Select(m => m.Document)];

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
                while (Better(items[i], pivot))
                {
                    i++;
                }

                while (Better(pivot, items[j]))
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

    private static bool Better((double Score, int Document) x, (double Score, int Document) y) =>
        x.Score > y.Score || (x.Score == y.Score && x.Document < y.Document);

    /// <summary>The best k so far as a binary heap with the worst on top: lowest score, then highest document. Papers
    /// come in ascending order, so one that ties the worst's score is worse and stays out.</summary>
    private sealed class KeptMatches(int k)
    {
        private readonly double[] _scores = new double[k];
        private readonly int[] _documents = new int[k];
        private int _count;

        public bool IsFull => _count == k;

        public double Threshold => _scores[0];

        public void Offer(double score, int document)
        {
            if (_count < k)
            {
                var at = _count++;
                for (var parent = (at - 1) >> 1; at > 0 && Worse(score, document, parent); parent = (at - 1) >> 1)
                {
                    Move(parent, at);
                    at = parent;
                }

                (_scores[at], _documents[at]) = (score, document);
            }
            else if (score > _scores[0])
            {
                SiftDown(score, document, _count);
            }
        }

        public List<int> BestFirst()
        {
            var best = new int[_count];
            for (var i = _count - 1; i >= 0; i--)
            {
                best[i] = _documents[0];
                SiftDown(_scores[i], _documents[i], i);
            }

            return [.. best];
        }

        /// <summary>Puts the paper at the top of a heap of <paramref name="count"/> and lets it sink to its place.</summary>
        private void SiftDown(double score, int document, int count)
        {
            var at = 0;
            for (var child = 1; child < count; child = (2 * at) + 1)
            {
                if (child + 1 < count && Worse(_scores[child + 1], _documents[child + 1], child))
                {
                    child++;
                }

                if (!Worse(_scores[child], _documents[child], score, document))
                {
                    break;
                }

                Move(child, at);
                at = child;
            }

            if (count > 0)
            {
                (_scores[at], _documents[at]) = (score, document);
            }
        }

        private static bool Worse(double score, int document, double thanScore, int thanDocument) =>
            score < thanScore || (score == thanScore && document > thanDocument);

        private bool Worse(double score, int document, int than) => Worse(score, document, _scores[than], _documents[than]);

        private void Move(int from, int to) => (_scores[to], _documents[to]) = (_scores[from], _documents[from]);
    }
}
