using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Query;

/// <summary>The filters of a query as column values: a paper passes when it has the year, the venue, the subject and
/// every person asked for. A person's or a subject's papers are a list of their own (<see cref="ManyValueColumn.ByValue"/>),
/// so those filters are an intersection; a year or a venue is checked on each match.</summary>
internal static class DocumentFilter
{
    /// <summary>Removes from the matches the papers the filters turn away; all of them when a filter asks for a value no
    /// paper has.</summary>
    public static void Apply(DocumentColumns columns, EngineQuery query, DocSet matches)
    {
        var year = query.Year is { } y ? Array.IndexOf(columns.Years, y) : -1;
        var venue = query.Venue is { } v ? Array.BinarySearch(columns.Venues, v, StringComparer.Ordinal) : -1;
        var subject = query.Subject is { } s ? Array.BinarySearch(columns.SubjectNames, s, StringComparer.Ordinal) : -1;
        var people = query.People.Select(p => Array.BinarySearch(columns.PersonIds, p)).ToArray();
        if ((query.Year is not null && year < 0) || (query.Venue is not null && venue < 0)
            || (query.Subject is not null && subject < 0) || people.Any(p => p < 0))
        {
            matches.IntersectWith(new DocSet(columns.Count));
            return;
        }

        foreach (var person in people)
        {
            Keep(matches, columns.People.ByValue.Of(person), columns.Count);
        }

        if (subject >= 0)
        {
            Keep(matches, columns.Subjects.ByValue.Of(subject), columns.Count);
        }

        if (year >= 0)
        {
            matches.KeepWhere(columns.YearOf, year);
        }

        if (venue >= 0)
        {
            matches.KeepWhere(columns.VenueOf, venue);
        }
    }

    private static void Keep(DocSet matches, ReadOnlySpan<int> papers, int documents)
    {
        var kept = new DocSet(documents);
        kept.AddAll(papers);
        matches.IntersectWith(kept);
    }
}
