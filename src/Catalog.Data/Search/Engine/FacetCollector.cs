namespace Catalog.Data.Search.Engine;

/// <summary>Counts the matches by year, venue, person and subject from the per-paper columns, in one tight loop per
/// column, and keeps the values a results page shows.</summary>
internal static class FacetCollector
{
    public static EngineFacets Collect(DocumentColumns columns, IReadOnlyList<int> matches, EngineQuery query)
    {
        var years = new long[columns.Years.Length];
        var venues = new long[columns.Venues.Length];
        var people = new long[columns.PersonIds.Length];
        var subjects = new long[columns.SubjectNames.Length];
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

            foreach (var person in columns.People.Of(document))
            {
                people[person]++;
            }

            foreach (var subject in columns.Subjects.Of(document))
            {
                subjects[subject]++;
            }
        }

        return new EngineFacets(
            [.. Enumerable.Range(0, years.Length).Where(y => years[y] > 0).Select(y => new EngineFacet<int>(columns.Years[y], years[y]))],
            Top(venues, query.VenueFacetSize, v => columns.Venues[v], StringComparer.Ordinal),
            Top(people, query.PeopleFacetSize, p => columns.PersonIds[p], Comparer<long>.Default),
            Top(subjects, query.SubjectFacetSize, s => columns.SubjectNames[s], StringComparer.Ordinal));
    }

    /// <summary>The <paramref name="size"/> values with the most matches, ties by value.</summary>
    private static List<EngineFacet<T>> Top<T>(long[] counts, int size, Func<int, T> value, IComparer<T> order)
    {
        if (size <= 0)
        {
            return [];
        }

        // The worst kept value on top: fewest matches, then the last in order.
        var comparer = Comparer<(long Count, T Value)>.Create((x, y) => x.Count != y.Count ? x.Count.CompareTo(y.Count) : order.Compare(y.Value, x.Value));
        var kept = new PriorityQueue<int, (long Count, T Value)>(size + 1, comparer);
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0)
            {
                continue;
            }

            var key = (counts[i], value(i));
            if (kept.Count < size)
            {
                kept.Enqueue(i, key);
            }
            else if (kept.TryPeek(out _, out var worst) && comparer.Compare(key, worst) > 0)
            {
                kept.EnqueueDequeue(i, key);
            }
        }

        var top = new List<EngineFacet<T>>(kept.Count);
        while (kept.TryDequeue(out _, out var key))
        {
            top.Add(new EngineFacet<T>(key.Value, key.Count));
        }

        top.Reverse();
        return top;
    }
}
