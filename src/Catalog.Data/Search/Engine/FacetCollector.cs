namespace Catalog.Data.Search.Engine;

/// <summary>Counts the matches by year, venue, person and subject from the per-paper columns, in one tight loop per
/// column, and keeps the values a results page shows.</summary>
internal static class FacetCollector
{
    // Only this class rents from it, and it gives every array back zeroed.
    private static readonly System.Buffers.ArrayPool<long> s_counts = System.Buffers.ArrayPool<long>.Create(1 << 24, 8);

    public static EngineFacets Collect(DocumentColumns columns, IReadOnlyList<int> matches, EngineQuery query)
    {
        var years = new long[columns.Years.Length];
        var venues = new long[columns.Venues.Length];
        foreach (var document in matches)
        {
            if (columns.YearOf[document] is var year and >= 0)
            {
                years[year]++;
            }

            if (columns.VenueOf[document] is var venue and >= 0)
            {
                venues[venue]++;
            }
        }

        return new EngineFacets(
            [.. Enumerable.Range(0, years.Length).Where(y => years[y] > 0).Select(y => new EngineFacet<int>(columns.Years[y], years[y]))],
            Top(venues, Enumerable.Range(0, venues.Length), query.VenueFacetSize, v => columns.Venues[v]),
            Many(columns.People, columns.PersonIds.Length, matches, query.PeopleFacetSize, p => columns.PersonIds[p], columns.Count),
            Many(columns.Subjects, columns.SubjectNames.Length, matches, query.SubjectFacetSize, s => columns.SubjectNames[s], columns.Count));
    }

    /// <summary>The values (people, subjects) with the most matches. For a large result the values are visited most
    /// papers first, each counted by reading its papers against the matches, until the next one has fewer papers than
    /// the last kept has matches: none after can rank (the MaxScore idea, with a value's paper count as the bound). When
    /// that would read more than counting every match's values, or the result is small, or the values are few (subjects),
    /// every match's values are counted.</summary>
    private static List<EngineFacet<T>> Many<T>(ManyValueColumn column, int values, IReadOnlyList<int> matches, int size, Func<int, T> value, int documents)
    {
        var direct = (long)matches.Count * column.ByDocument.TotalValues / Math.Max(1, documents);
        if (size > 0 && values >= 16L * size && matches.Count * 8L >= documents && ByValue(column, matches, size, direct, value, documents) is { } top)
        {
            return top;
        }

        return CountMany(column.ByDocument, values, matches, size, value);
    }

    private static List<EngineFacet<T>>? ByValue<T>(ManyValueColumn column, IReadOnlyList<int> matches, int size, long budget, Func<int, T> value, int documents)
    {
        var set = new DocSet(documents);
        foreach (var document in matches)
        {
            set.Add(document);
        }

        var kept = new PriorityQueue<(int Value, long Count), long>(size + 1);
        var worst = long.MinValue;
        var work = 0L;
        foreach (var candidate in column.ByPaperCount)
        {
            var papers = column.ByValue.Of(candidate);
            if (kept.Count == size && Rank(papers.Length, candidate) <= worst)
            {
                break;
            }

            work += papers.Length;
            if (work > budget)
            {
                return null;
            }

            var count = 0L;
            foreach (var document in papers)
            {
                count += set.Contains(document) ? 1 : 0;
            }

            if (count == 0)
            {
                continue;
            }

            var rank = Rank(count, candidate);
            if (kept.Count < size)
            {
                kept.Enqueue((candidate, count), rank);
            }
            else if (rank > worst)
            {
                kept.EnqueueDequeue((candidate, count), rank);
            }

            if (kept.Count == size)
            {
                kept.TryPeek(out _, out worst);
            }
        }

        var top = new List<EngineFacet<T>>(kept.Count);
        while (kept.TryDequeue(out var entry, out _))
        {
            top.Add(new EngineFacet<T>(value(entry.Value), entry.Count));
        }

        top.Reverse();
        return top;
    }

    /// <summary>A value's place as one long: more matches first, then the lower number.</summary>
    private static long Rank(long count, int value) => (count << 32) | (uint.MaxValue - (uint)value);

    /// <summary>Counts a many-valued column. A catalog has hundreds of thousands of people and a search touches few of
    /// them, so the counts live in a pooled array and only the values met are ranked and cleared.</summary>
    private static List<EngineFacet<T>> CountMany<T>(MultiValueColumn column, int values, IReadOnlyList<int> matches, int size, Func<int, T> value)
    {
        if (size <= 0 || values == 0)
        {
            return [];
        }

        var counts = s_counts.Rent(values);
        var touched = new List<int>();
        try
        {
            foreach (var document in matches)
            {
                foreach (var v in column.Of(document))
                {
                    if (counts[v]++ == 0)
                    {
                        touched.Add(v);
                    }
                }
            }

            return Top(counts, touched, size, value);
        }
        finally
        {
            foreach (var v in touched)
            {
                counts[v] = 0;
            }

            s_counts.Return(counts);
        }
    }

    /// <summary>The <paramref name="size"/> values with the most matches, ties by value. Values are numbered in their
    /// order (<see cref="DocumentColumns"/>), so a value's rank is one long: its count, then its number reversed.</summary>
    private static List<EngineFacet<T>> Top<T>(long[] counts, IEnumerable<int> candidates, int size, Func<int, T> value)
    {
        if (size <= 0)
        {
            return [];
        }

        // The worst kept value on top.
        var kept = new PriorityQueue<int, long>(size + 1);
        var worst = long.MinValue;
        foreach (var i in candidates)
        {
            if (counts[i] == 0)
            {
                continue;
            }

            var rank = Rank(counts[i], i);
            if (kept.Count < size)
            {
                kept.Enqueue(i, rank);
                if (kept.Count == size)
                {
                    kept.TryPeek(out _, out worst);
                }
            }
            else if (rank > worst)
            {
                kept.EnqueueDequeue(i, rank);
                kept.TryPeek(out _, out worst);
            }
        }

        var top = new List<EngineFacet<T>>(kept.Count);
        while (kept.TryDequeue(out var i, out _))
        {
            top.Add(new EngineFacet<T>(value(i), counts[i]));
        }

        top.Reverse();
        return top;
    }
}
