namespace Catalog.Data.Search.Engine.Index;

/// <summary>Per-paper columns (Lucene's doc values, tantivy's fast fields), indexed by document number: what filters,
/// facet counts and sorts read for every match without touching the store. Values are numbered densely: years newest
/// first, venues and subjects in ordinal order, people in id order (which is name order in the store).</summary>
internal sealed class DocumentColumns
{
    private int[]? _yearCounts;
    private int[]? _venueCounts;

    public required long[] RowIds { get; init; }

    /// <summary>Number of the paper's year in <see cref="Years"/>, or -1.</summary>
    public required int[] YearOf { get; init; }

    public required int[] Years { get; init; }

    /// <summary>Number of the paper's venue in <see cref="Venues"/>, or -1.</summary>
    public required int[] VenueOf { get; init; }

    public required string[] Venues { get; init; }

    public required ManyValueColumn People { get; init; }

    /// <summary>The store's id of each person number.</summary>
    public required long[] PersonIds { get; init; }

    public required ManyValueColumn Subjects { get; init; }

    public required string[] SubjectNames { get; init; }

    /// <summary>Each paper's place in the store's newest-first, oldest-first and title orders.</summary>
    public required SortRanks Ranks { get; init; }

    /// <summary>Each paper's bm25 length norm (<see cref="Bm25.LengthNorm"/>).</summary>
    public required double[] LengthNorms { get; init; }

    public int Count => RowIds.Length;

    /// <summary>How many papers of the catalog have each year: what a large result's counts are taken from.</summary>
    public int[] YearCounts => _yearCounts ??= CountsOf(YearOf, Years.Length);

    public int[] VenueCounts => _venueCounts ??= CountsOf(VenueOf, Venues.Length);

    /// <summary>The document number of a rowid, or -1.</summary>
    public int DocumentOf(long rowId)
    {
        var index = Array.BinarySearch(RowIds, rowId);
        return index >= 0 ? index : -1;
    }

    public long Bytes => (8L * (RowIds.Length + PersonIds.Length + LengthNorms.Length)) + (4L * (YearOf.Length + VenueOf.Length + (3 * Count)))
        + People.Bytes + Subjects.Bytes;

    private static int[] CountsOf(int[] column, int values)
    {
        var counts = new int[values];
        foreach (var value in column)
        {
            if (value >= 0)
            {
                counts[value]++;
            }
        }

        return counts;
    }
}
