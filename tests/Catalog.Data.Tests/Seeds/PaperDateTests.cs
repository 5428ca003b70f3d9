using Catalog.Data.Seeds;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

public sealed class PaperDateTests
{
    [Fact]
    public void AnInvalidDateIsReportedOnItsLineWithTheFormsExpected()
    {
        var result = ProblemList.ReadFixture("invalid-dates");

        Assert.Null(result.Catalog);
        Assert.Equal(
            [
                "invalid-dates/papers/february-30.md:6: invalid date '2023-02-30'; expected YYYY-MM-DD, YYYY-MM or YYYY",
                "invalid-dates/papers/last-year.md:6: invalid date 'last year'; expected YYYY-MM-DD, YYYY-MM or YYYY",
            ],
            ProblemList.Of(result));
    }

    [Theory]
    [InlineData("2023-02-02", 2023, 2, 2)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("1843-10", 1843, 10, null)]
    [InlineData("1945", 1945, null, null)]
    public void ADateMayBeADayAMonthOrAYear(string text, int year, int? month, int? day)
    {
        Assert.True(PaperDate.TryParse(text, out var date));
        Assert.Equal(new PaperDate(year, month, day), date);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-13")]
    [InlineData("2023-2-3")]
    [InlineData("23")]
    [InlineData("last year")]
    [InlineData("2023/02/02")]
    [InlineData("02.02.2023")]
    [InlineData("2023-02-02T10:00")]
    [InlineData(" 2023")]
    [InlineData("")]
    public void TextThatIsNotADateIsRefused(string text) => Assert.False(PaperDate.TryParse(text, out _));

    [Fact]
    public void DatesOfEveryPrecisionAreStoredAsTheSeedWroteThem()
    {
        var result = ProblemList.ReadFixture("good");

        Assert.Equal(["1843-10", "1952-05-02", "1945"], result.Catalog!.Papers.Select(p => p.Date.ToString()));
    }
}
