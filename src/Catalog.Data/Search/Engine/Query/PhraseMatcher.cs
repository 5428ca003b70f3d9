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

    private static PostingList Union(SearchIndex index, int[] terms, int field)
    {
        var documents = index.DocumentCount;
        var frequencies = new int[documents];
        var present = new DocSet(documents);
        foreach (var term in terms)
        {
            var list = index.Postings.For(term);
            var docs = list.Docs;
            var counts = list.Frequencies;
            if (field == TermPattern.AnyField)
            {
                for (var i = 0; i < docs.Length; i++)
                {
                    frequencies[docs[i]] += counts[i];
                }

                present.AddAll(docs);
                continue;
            }

            for (var i = 0; i < docs.Length; i++)
            {
                var inField = 0;
                foreach (var position in index.Postings.Positions(term, i))
                {
                    inField += EngineField.FieldOf(position) == field ? 1 : 0;
                }

                if (inField > 0)
                {
                    frequencies[docs[i]] += inField * EngineField.Weights[field];
                    present.Add(docs[i]);
                }
            }
        }

        var members = present.ToList();
        var result = members.ToArray();
        var resultFrequencies = new int[result.Length];
        for (var i = 0; i < result.Length; i++)
        {
            resultFrequencies[i] = frequencies[result[i]];
        }

        return PostingList.Materialize(result, resultFrequencies, result.Length, index.Columns.LengthNorms);
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
