using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Build;

/// <summary>Collects the per-paper columns as papers come, and numbers their values once all are in.</summary>
internal sealed class ColumnsBuilder
{
    private readonly List<long> _rowIds = [];
    private readonly List<int?> _years = [];
    private readonly List<string?> _venues = [];
    private readonly List<int> _peopleStart = [0];
    private readonly List<long> _people = [];
    private readonly List<int> _subjectStart = [0];
    private readonly List<string> _subjects = [];

    public int Count => _rowIds.Count;

    public void Add(EngineDocument document)
    {
        if (_rowIds.Count > 0 && document.RowId <= _rowIds[^1])
        {
            throw new ArgumentException($"Papers must come in rowid order: {document.RowId} after {_rowIds[^1]}.", nameof(document));
        }

        _rowIds.Add(document.RowId);
        _years.Add(document.Year);
        _venues.Add(document.Venue);
        _people.AddRange(document.PersonIds.Distinct());
        _peopleStart.Add(_people.Count);
        _subjects.AddRange(document.Subjects.Distinct(StringComparer.Ordinal));
        _subjectStart.Add(_subjects.Count);
    }

    public DocumentColumns Build(EngineSortOrders orders, double[] lengthNorms)
    {
        var rowIds = _rowIds.ToArray();
        var years = _years.OfType<int>().Distinct().OrderDescending().ToArray();
        var yearNumbers = Numbering(years);
        var venues = _venues.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var venueNumbers = Numbering(venues);
        var personIds = _people.Distinct().Order().ToArray();
        var personNumbers = Numbering(personIds);
        var subjectNames = _subjects.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var subjectNumbers = Numbering(subjectNames);
        return new DocumentColumns
        {
            RowIds = rowIds,
            YearOf = [.. _years.Select(y => y is { } year ? yearNumbers[year] : -1)],
            Years = years,
            VenueOf = [.. _venues.Select(v => v is null ? -1 : venueNumbers[v])],
            Venues = venues,
            People = new ManyValueColumn(new MultiValueColumn([.. _peopleStart], [.. _people.Select(p => personNumbers[p])]), personIds.Length),
            PersonIds = personIds,
            Subjects = new ManyValueColumn(new MultiValueColumn([.. _subjectStart], [.. _subjects.Select(s => subjectNumbers[s])]), subjectNames.Length),
            SubjectNames = subjectNames,
            Ranks = new SortRanks(Ranks(rowIds, orders.Newest), Ranks(rowIds, orders.Oldest), Ranks(rowIds, orders.Title)),
            LengthNorms = lengthNorms,
        };
    }

    private static Dictionary<T, int> Numbering<T>(T[] values)
        where T : notnull
    {
        var numbers = new Dictionary<T, int>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            numbers[values[i]] = i;
        }

        return numbers;
    }

    /// <summary>Each paper's place in the order; papers the order leaves out come after it, in rowid order.</summary>
    private static SortOrder Ranks(long[] rowIds, IReadOnlyList<long> order)
    {
        var ranks = new int[rowIds.Length];
        Array.Fill(ranks, -1);
        var next = 0;
        foreach (var rowId in order)
        {
            var document = Array.BinarySearch(rowIds, rowId);
            if (document >= 0 && ranks[document] < 0)
            {
                ranks[document] = next++;
            }
        }

        for (var d = 0; d < ranks.Length; d++)
        {
            if (ranks[d] < 0)
            {
                ranks[d] = next++;
            }
        }

        return SortOrder.FromRanks(ranks);
    }
}
