using Catalog.Data.Store;

namespace Catalog.Data.Tests.Store;

public sealed class PaperRowIdsTests
{
    [Theory]
    [InlineData(null, 0, 1L)]
    [InlineData(1, 1, 1L)]
    [InlineData(2024, 7, 123_456L)]
    [InlineData(9999, (1 << 25) - 1, (1L << 24) - 1)]
    public void ARowIdsBucketGivesBackItsYearAndVenue(int? year, int venue, long sequence)
    {
        var rowId = PaperRowIds.For(year, venue, sequence);

        var bucket = rowId >> PaperRowIds.BucketShift;
        Assert.Equal((year, venue), (PaperRowIds.YearOf(bucket), PaperRowIds.VenueOf(bucket)));
        Assert.True(rowId > 0);
    }

    [Fact]
    public void AYearsRangeHoldsEveryRowIdOfThatYearAndNoOther()
    {
        var (from, to) = PaperRowIds.YearRange(2024);

        Assert.InRange(PaperRowIds.For(2024, 0, 1), from, to - 1);
        Assert.InRange(PaperRowIds.For(2024, (1 << 25) - 1, (1L << 24) - 1), from, to - 1);
        Assert.True(PaperRowIds.For(2023, (1 << 25) - 1, (1L << 24) - 1) < from);
        Assert.True(PaperRowIds.For(2025, 0, 1) >= to);
        Assert.True(PaperRowIds.For(null, 5, 1) < from);
    }

    [Fact]
    public void ASequenceOrVenueTooLargeForItsBitsIsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PaperRowIds.For(2024, 0, 1L << 24));
        Assert.Throws<ArgumentOutOfRangeException>(() => PaperRowIds.For(2024, 1 << 25, 1));
    }
}
