using System.Buffers;
using Catalog.Data.Search.Engine.Index;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Search.Engine.Collectors;

/// <summary>Counts the matches by year, venue, subject and person from the per-paper columns and keeps the values a
/// results page shows. Years, venues and subjects are few: every match's values are counted, or, for a result of more
/// than half the catalog, every non-match's, taken from the catalog's own counts. People are many, and are counted by
/// value when the result is large (<see cref="People"/>).</summary>
internal static class FacetCollector
{
    // Only this class rents from it, and it gives every array back zeroed.
    private static readonly ArrayPool<int> s_counts = ArrayPool<int>.Create(1 << 24, 8);

    public static EngineFacets Collect(DocumentColumns columns, DocSet matches, int total, EngineQuery query)
    {
        var complement = total * 2L > columns.Count;
        var counted = complement ? matches.Complement() : matches;
        var years = new int[columns.Years.Length];
        var venues = new int[columns.Venues.Length];
        var subjects = new int[columns.SubjectNames.Length];
        foreach (var document in counted)
        {
            if (columns.YearOf[document] is var year and >= 0)
            {
                years[year]++;
            }

            if (columns.VenueOf[document] is var venue and >= 0)
            {
                venues[venue]++;
            }

            foreach (var subject in columns.Subjects.Of(document))
            {
                subjects[subject]++;
            }
        }

        if (complement)
        {
            Subtract(columns.YearCounts, years);
            Subtract(columns.VenueCounts, venues);
            Subtract(columns.Subjects.PaperCounts, subjects);
        }

        return new EngineFacets(
            [.. Enumerable.Range(0, years.Length).Where(y => years[y] > 0).Select(y => new EngineFacet<int>(columns.Years[y], years[y]))],
            Top(venues, query.VenueFacetSize, columns.Venues),
            People(columns.People, matches, total, query.PeopleFacetSize, columns.PersonIds),
            Top(subjects, query.SubjectFacetSize, columns.SubjectNames));
    }

    /// <summary>Turns the non-matches' counts into the matches': the catalog's count less them.</summary>
    private static void Subtract(int[] catalog, int[] counts)
    {
        for (var v = 0; v < counts.Length; v++)
        {
            counts[v] = catalog[v] - counts[v];
        }
    }

    private static List<EngineFacet<T>> Top<T>(int[] counts, int size, T[] names)
    {
        var top = new TopValues(size);
        for (var v = 0; v < counts.Length && size > 0; v++)
        {
            top.Offer(v, counts[v]);
        }

        return top.Facets(names);
    }

    /// <summary>The people with the most matches. They are visited most papers first, each counted by looking its papers
    /// up in the matches, until the next has no more papers than the last kept has matches: none after can rank (the
    /// MaxScore idea, with a person's paper count as the bound). When that would look up more papers than the matches
    /// have people (a small result), the matches' people are counted instead; a catalog has hundreds of thousands of
    /// people and a small result touches few of them, so those counts live in a pooled array and only the people met are
    /// ranked and cleared.</summary>
    private static List<EngineFacet<T>> People<T>(ManyValueColumn column, DocSet matches, int total, int size, T[] names)
    {
        if (size <= 0 || names.Length == 0)
        {
            return [];
        }

        var budget = 8L * total * column.ByDocument.TotalValues / matches.Documents;
        var work = 0L;
        var top = new TopValues(size);
        foreach (var person in column.ByPaperCount)
        {
            var papers = column.ByValue.Of(person);
            if (top.Excludes(papers.Length, person))
            {
                break;
            }

            if ((work += papers.Length) > budget)
            {
                return Direct(column, matches, size, names);
            }

            var count = 0;
            foreach (var document in papers)
            {
                count += matches.Contains(document) ? 1 : 0;
            }

            top.Offer(person, count);
        }

        return top.Facets(names);
    }

    private static List<EngineFacet<T>> Direct<T>(ManyValueColumn column, DocSet matches, int size, T[] names)
    {
        var counts = s_counts.Rent(names.Length);
        var met = new List<int>();
        try
        {
            foreach (var document in matches)
            {
                foreach (var v in column.Of(document))
                {
                    if (counts[v]++ == 0)
                    {
                        met.Add(v);
                    }
                }
            }

            var top = new TopValues(size);
            foreach (var v in met)
            {
                top.Offer(v, counts[v]);
            }

            return top.Facets(names);
        }
        finally
        {
            foreach (var v in met)
            {
                counts[v] = 0;
            }

            s_counts.Return(counts);
        }
    }

    /// <summary>The values with the most matches, ties by value. Values are numbered in their order
    /// (<see cref="DocumentColumns"/>), so a value's rank is one long: its count, then its number reversed.</summary>
    private sealed class TopValues(int size)
    {
        // The worst kept value on top.
        private readonly PriorityQueue<(int Value, int Count), long> _kept = new(size + 1);
        private long _worst = long.MinValue;

        /// <summary>True when a value with this many matches could not be kept.</summary>
        public bool Excludes(int count, int value) => _kept.Count == size && Rank(count, value) <= _worst;

        public void Offer(int value, int count)
        {
            if (count == 0 || Excludes(count, value))
            {
                return;
            }

            if (_kept.Count < size)
            {
                _kept.Enqueue((value, count), Rank(count, value));
            }
            else
            {
                _kept.EnqueueDequeue((value, count), Rank(count, value));
            }

            if (_kept.Count == size)
            {
                _kept.TryPeek(out _, out _worst);
            }
        }

        public List<EngineFacet<T>> Facets<T>(T[] names)
        {
            var top = new List<EngineFacet<T>>(_kept.Count);
            while (_kept.TryDequeue(out var entry, out _))
            {
                top.Add(new EngineFacet<T>(names[entry.Value], entry.Count));
            }

            top.Reverse();
            return top;
        }

        private static long Rank(long count, int value) => (count << 32) | (uint.MaxValue - (uint)value);
    }
}
