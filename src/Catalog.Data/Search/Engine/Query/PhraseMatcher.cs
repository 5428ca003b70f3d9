using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Query;

/// <summary>Makes the posting list of a pattern that is not one plain term: a prefix (every term it starts, their
/// counts added, as FTS5 counts each instance of any of them) or a phrase (papers where the slots' terms stand at
/// consecutive positions of one field, each instance weighted by its field). A pattern held to one field (FTS5's
/// column filter, <c>title : "scaling"</c>) counts only the instances that start in it, so even one term reads its
/// positions.</summary>
internal static class PhraseMatcher
{
    public static PostingList Match(SearchIndex index, TermPattern pattern)
    {
        var slots = new List<Slot>(pattern.Slots.Count);
        for (var s = 0; s < pattern.Slots.Count; s++)
        {
            var slot = SlotTerms(index, pattern, s);
            if (slot.Terms.Length == 0)
            {
                return PostingList.Empty;
            }

            slots.Add(slot);
        }

        return slots is [{ Minus.Length: 0 } only] ? Union(index, only.Terms, pattern.Field) : Phrase(index, slots, pattern);
    }

    /// <summary>How many instances of the pattern one paper holds in each field (<see cref="EngineField"/> order), counted
    /// as <see cref="Match"/> counts them: so that the fields' weighted counts add up to the paper's count in the
    /// pattern's list. For explaining a score, paper by paper, without matching the whole catalog again.</summary>
    public static int[] FieldCounts(SearchIndex index, TermPattern pattern, int document)
    {
        var counts = new int[EngineField.Count];
        if (pattern.IsEmpty)
        {
            return counts;
        }

        var slotPositions = new List<int>[pattern.Slots.Count];
        for (var s = 0; s < slotPositions.Length; s++)
        {
            var slot = SlotTerms(index, pattern, s);
            slotPositions[s] = PositionsIn(index, slot.Terms, document);
            slotPositions[s].RemoveAll(PositionsIn(index, slot.Minus, document).ToHashSet().Contains);
            if (slotPositions[s].Count == 0)
            {
                return counts;
            }
        }

        foreach (var start in slotPositions[0])
        {
            var all = pattern.AllowsField(EngineField.FieldOf(start));
            for (var s = 1; s < slotPositions.Length && all; s++)
            {
                all = slotPositions[s].BinarySearch(start + s) >= 0;
            }

            counts[EngineField.FieldOf(start)] += all ? 1 : 0;
        }

        return counts;
    }

    /// <summary>The terms that fill a slot: every term a prefix starts, the one term of a word, and for a word as written
    /// that is its own stem, the stem less the instances of its marked forms (<see cref="ExactVariants"/>).</summary>
    private static Slot SlotTerms(SearchIndex index, TermPattern pattern, int slot)
    {
        if (pattern.IsPrefix(slot))
        {
            var (from, to) = index.Terms.PrefixRange(pattern.Slots[slot]);
            return new Slot([.. Enumerable.Range(from, to - from)], []);
        }

        var term = index.Terms.Find(pattern.Slots[slot]);
        return term < 0 ? new Slot([], [])
            : new Slot([term], pattern.IsOwnForm(slot) ? index.ExactVariants.Of(pattern.Slots[slot]) : []);
    }

    /// <summary>The papers holding any of the terms, their counts added: one term's own list as it is; a few lists
    /// merged (in document order, two by two in halves: their entries times the log of their number, nothing the size of
    /// the catalog allocated); lists with more entries than the catalog has papers added up in one array by paper.</summary>
    private static PostingList Union(SearchIndex index, int[] terms, int field)
    {
        if (terms is [var only] && field == TermPattern.AnyField)
        {
            return index.Postings.For(only);
        }

        if (terms.Sum(t => (long)index.Postings.DocumentCount(t)) > index.DocumentCount)
        {
            return DenseUnion(index, terms, field);
        }

        var lists = new List<(int[] Docs, int[] Counts)>(terms.Length);
        foreach (var term in terms)
        {
            var list = field == TermPattern.AnyField ? (index.Postings.For(term).Docs.ToArray(), index.Postings.For(term).Frequencies.ToArray()) : InField(index, term, field);
            if (list.Item1.Length > 0)
            {
                lists.Add(list);
            }
        }

        var (docs, counts) = lists.Count == 0 ? ([], []) : MergeAll(lists, 0, lists.Count);
        return PostingList.Materialize(docs, counts, docs.Length, index.Columns.LengthNorms);
    }

    private static PostingList DenseUnion(SearchIndex index, int[] terms, int field)
    {
        var documents = index.DocumentCount;
        var frequencies = new int[documents];
        var present = new DocSet(documents);
        foreach (var term in terms)
        {
            var list = index.Postings.For(term);
            var docs = list.Docs;
            var counts = list.Frequencies;
            for (var i = 0; i < docs.Length; i++)
            {
                var count = field == TermPattern.AnyField ? counts[i] : InField(index, term, i, field);
                if (count > 0)
                {
                    frequencies[docs[i]] += count;
                    present.Add(docs[i]);
                }
            }
        }

        var result = present.ToList().ToArray();
        var resultFrequencies = Array.ConvertAll(result, d => frequencies[d]);
        return PostingList.Materialize(result, resultFrequencies, result.Length, index.Columns.LengthNorms);
    }

    /// <summary>The weighted count of the term's instances in the field, in the i-th paper of its list.</summary>
    private static int InField(SearchIndex index, int term, int i, int field)
    {
        var inField = 0;
        foreach (var position in index.Postings.Positions(term, i))
        {
            inField += EngineField.FieldOf(position) == field ? 1 : 0;
        }

        return inField * EngineField.Weights[field];
    }

    /// <summary>The term's papers with the instances that stand in the field, weighted by it.</summary>
    private static (int[] Docs, int[] Counts) InField(SearchIndex index, int term, int field)
    {
        var list = index.Postings.For(term);
        var (docs, counts) = (new List<int>(), new List<int>());
        for (var i = 0; i < list.Count; i++)
        {
            if (InField(index, term, i, field) is var count and > 0)
            {
                docs.Add(list.Docs[i]);
                counts.Add(count);
            }
        }

        return ([.. docs], [.. counts]);
    }

    private static (int[] Docs, int[] Counts) MergeAll(List<(int[] Docs, int[] Counts)> lists, int from, int to)
    {
        if (to - from == 1)
        {
            return lists[from];
        }

        var middle = (from + to) >>> 1;
        return Merge(MergeAll(lists, from, middle), MergeAll(lists, middle, to));
    }

    /// <summary>Two lists in document order as one, the counts of a paper in both added.</summary>
    private static (int[] Docs, int[] Counts) Merge((int[] Docs, int[] Counts) a, (int[] Docs, int[] Counts) b)
    {
        var docs = new int[a.Docs.Length + b.Docs.Length];
        var counts = new int[docs.Length];
        var (i, j, n) = (0, 0, 0);
        while (i < a.Docs.Length || j < b.Docs.Length)
        {
            if (j == b.Docs.Length || (i < a.Docs.Length && a.Docs[i] < b.Docs[j]))
            {
                (docs[n], counts[n]) = (a.Docs[i], a.Counts[i]);
                i++;
            }
            else if (i == a.Docs.Length || b.Docs[j] < a.Docs[i])
            {
                (docs[n], counts[n]) = (b.Docs[j], b.Counts[j]);
                j++;
            }
            else
            {
                (docs[n], counts[n]) = (a.Docs[i], a.Counts[i] + b.Counts[j]);
                (i, j) = (i + 1, j + 1);
            }

            n++;
        }

        return n == docs.Length ? (docs, counts) : (docs[..n], counts[..n]);
    }

    private static PostingList Phrase(SearchIndex index, List<Slot> slots, TermPattern pattern)
    {
        var candidates = DocSet.All(index.DocumentCount);
        foreach (var slot in slots)
        {
            var holders = new DocSet(index.DocumentCount);
            foreach (var term in slot.Terms)
            {
                holders.AddAll(index.Postings.For(term).Docs);
            }

            candidates.IntersectWith(holders);
        }

        var docs = new List<int>();
        var frequencies = new List<int>();
        var slotPositions = slots.Select(_ => new List<int>()).ToArray();
        // Candidates come in ascending order, so each term's list is walked forward once.
        var cursors = slots.Select(slot => new int[slot.Terms.Length]).ToArray();
        var minusCursors = slots.Select(slot => new int[slot.Minus.Length]).ToArray();
        var minusPositions = new List<int>();
        foreach (var document in candidates.ToList())
        {
            for (var s = 0; s < slots.Count; s++)
            {
                Gather(index, slots[s].Terms, cursors[s], document, slotPositions[s]);
                if (slots[s].Minus.Length > 0)
                {
                    Gather(index, slots[s].Minus, minusCursors[s], document, minusPositions);
                    slotPositions[s].RemoveAll(p => minusPositions.BinarySearch(p) >= 0);
                }
            }

            var frequency = 0;
            foreach (var start in slotPositions[0])
            {
                var all = pattern.AllowsField(EngineField.FieldOf(start));
                for (var s = 1; s < slots.Count && all; s++)
                {
                    all = slotPositions[s].BinarySearch(start + s) >= 0;
                }

                if (all)
                {
                    frequency += EngineField.Weights[EngineField.FieldOf(start)];
                }
            }

            if (frequency > 0)
            {
                docs.Add(document);
                frequencies.Add(frequency);
            }
        }

        return PostingList.Materialize([.. docs], [.. frequencies], docs.Count, index.Columns.LengthNorms);
    }

    /// <summary>The positions in the paper of any of the slot's terms, ascending.</summary>
    private static void Gather(SearchIndex index, int[] terms, int[] cursors, int document, List<int> positions)
    {
        positions.Clear();
        for (var t = 0; t < terms.Length; t++)
        {
            var docs = index.Postings.For(terms[t]).Docs;
            var at = cursors[t];
            while (at < docs.Length && docs[at] < document)
            {
                at++;
            }

            cursors[t] = at;
            if (at < docs.Length && docs[at] == document)
            {
                index.Postings.Positions(terms[t], at).AddTo(positions);
            }
        }

        if (terms.Length > 1)
        {
            positions.Sort();
        }
    }

    /// <summary>The positions in one paper of any of the terms, ascending, each term's list searched for the paper.</summary>
    private static List<int> PositionsIn(SearchIndex index, int[] terms, int document)
    {
        var positions = new List<int>();
        foreach (var term in terms)
        {
            var at = index.Postings.For(term).Docs.BinarySearch(document);
            if (at >= 0)
            {
                index.Postings.Positions(term, at).AddTo(positions);
            }
        }

        positions.Sort();
        return positions;
    }

    /// <summary>A slot's terms, and the terms whose positions do not count (a word as written that is its own stem).</summary>
    private readonly record struct Slot(int[] Terms, int[] Minus);
}
