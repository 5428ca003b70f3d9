namespace Catalog.Data.Search.Engine;

/// <summary>The filters of a query as column values: a paper passes when it has the year, the venue, the subject and
/// every person asked for.</summary>
internal sealed class DocumentFilter
{
    private readonly DocumentColumns _columns;
    private readonly int _year;
    private readonly int _venue;
    private readonly int _subject;
    private readonly int[] _people;

    private DocumentFilter(DocumentColumns columns, int year, int venue, int subject, int[] people) =>
        (_columns, _year, _venue, _subject, _people) = (columns, year, venue, subject, people);

    public bool IsEmpty => _year < 0 && _venue < 0 && _subject < 0 && _people.Length == 0;

    /// <summary>The filter, or null when it asks for a value no paper has: nothing can match.</summary>
    public static DocumentFilter? Create(DocumentColumns columns, EngineQuery query)
    {
        var year = query.Year is { } y ? Array.IndexOf(columns.Years, y) : -1;
        var venue = query.Venue is { } v ? Array.BinarySearch(columns.Venues, v, StringComparer.Ordinal) : -1;
        var subject = query.Subject is { } s ? Array.BinarySearch(columns.SubjectNames, s, StringComparer.Ordinal) : -1;
        var people = query.People.Select(p => Array.BinarySearch(columns.PersonIds, p)).ToArray();
        var unknown = (query.Year is not null && year < 0) || (query.Venue is not null && venue < 0)
            || (query.Subject is not null && subject < 0) || people.Any(p => p < 0);
        return unknown ? null : new DocumentFilter(columns, year, Math.Max(venue, -1), Math.Max(subject, -1), people);
    }

    public bool Accepts(int document)
    {
        if ((_year >= 0 && _columns.YearOf[document] != _year) || (_venue >= 0 && _columns.VenueOf[document] != _venue))
        {
            return false;
        }

        if (_subject >= 0 && !_columns.Subjects.Of(document).Contains(_subject))
        {
            return false;
        }

        var people = _columns.People.Of(document);
        foreach (var person in _people)
        {
            if (!people.Contains(person))
            {
                return false;
            }
        }

        return true;
    }
}
