namespace Catalog.Data.Store;

/// <summary>A paper's rowid says its year and venue: the year in the top bits, the venue below it, then the paper's place
/// among that year's and venue's papers in catalog order. The full-text index hands out matches in rowid order with no
/// other column, so the year and venue counts of any result set are one pass of the index grouped by
/// <c>rowid &gt;&gt; <see cref="BucketShift"/></c>, with no lookup of each match in the papers table; and a year filter
/// is a rowid range the index can seek to. Limits: years 0 to 9999, 33 million venues, 16 million papers per year and venue.</summary>
internal static class PaperRowIds
{
    /// <summary>Shifting a rowid right by this many bits leaves its bucket: its year and venue.</summary>
    public const int BucketShift = 24;

    private const int VenueBits = 25;
    private const int YearShift = BucketShift + VenueBits;
    private const long SequenceMask = (1L << BucketShift) - 1;
    private const long VenueMask = (1L << VenueBits) - 1;

    /// <param name="year">The paper's year, or null when it has no date.</param>
    /// <param name="venue">The venue's number, from 1; 0 for a paper without a venue.</param>
    /// <param name="sequence">The paper's place in its year and venue, from 1.</param>
    public static long For(int? year, int venue, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, SequenceMask);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(venue, VenueMask);
        return (YearCode(year) << YearShift) | ((long)venue << BucketShift) | sequence;
    }

    /// <summary>The first rowid of a year and the first rowid past it.</summary>
    public static (long From, long To) YearRange(int year) => (YearCode(year) << YearShift, (YearCode(year) + 1) << YearShift);

    /// <summary>The year of a bucket (<c>rowid &gt;&gt; <see cref="BucketShift"/></c>), or null for papers without a date.</summary>
    public static int? YearOf(long bucket)
    {
        var code = bucket >> VenueBits;
        return code == 0 ? null : (int)code - 1;
    }

    /// <summary>The venue number of a bucket; 0 for papers without a venue.</summary>
    public static int VenueOf(long bucket) => (int)(bucket & VenueMask);

    // 0 is kept for papers without a date; a year outside 0 to 9999 cannot be parsed from a seed.
    private static long YearCode(int? year) => year is { } y ? y + 1 : 0;
}
