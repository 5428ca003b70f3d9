using Bunit;
using Catalog.Components.Text;

namespace Catalog.Components.Tests.Text;

public sealed class DateTextTests : BunitContext
{
    [Theory]
    [InlineData("2023-02-02", "2 Feb 2023")]
    [InlineData("2022-08", "Aug 2022")]
    [InlineData("2021", "2021")]
    public void A_date_is_a_time_element_with_the_stored_date_as_its_datetime(string date, string shown)
    {
        var cut = Render<DateText>(p => p.Add(c => c.Date, date));

        var time = cut.Find("time");
        Assert.Equal(date, time.GetAttribute("datetime"));
        Assert.Equal(shown, time.TextContent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void No_date_renders_nothing(string? date)
    {
        var cut = Render<DateText>(p => p.Add(c => c.Date, date));

        Assert.Empty(cut.Markup.Trim());
    }
}
