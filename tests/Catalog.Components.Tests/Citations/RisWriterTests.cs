using System.Text.RegularExpressions;
using Catalog.Components.Citations;

namespace Catalog.Components.Tests.Citations;

public sealed partial class RisWriterTests
{
    [Fact]
    public void Every_line_is_a_tag_two_spaces_a_hyphen_and_a_space_ending_in_CR_LF()
    {
        var ris = RisWriter.Write(CitationSamples.Citation());

        Assert.EndsWith("ER  - \r\n", ris, StringComparison.Ordinal);
        var lines = ris.Split("\r\n")[..^1];
        Assert.All(lines, line => Assert.Matches(RisLine(), line));
        Assert.Equal("TY  - CPAPER", lines[0]);
        Assert.Equal(["Dehghani, Mostafa", "van Steenkiste, Sjoerd", "Google"], lines.Where(l => l.StartsWith("AU", StringComparison.Ordinal)).Select(l => l[6..]));
        Assert.Contains("DA  - 2023/02/10/", lines);
        Assert.Contains("AB  - We scale *ViT*. To 22B.", lines);
    }

    [Fact]
    public void A_conference_paper_names_its_conference_and_proceedings_and_no_publisher()
    {
        var lines = RisWriter.Write(CitationSamples.Citation()).Split("\r\n");

        Assert.Contains("T2  - ICML 2023", lines);
        Assert.Contains("C3  - ICML 2023", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("PB", StringComparison.Ordinal) || line.StartsWith("AN", StringComparison.Ordinal));
    }

    [Fact]
    public void A_preprint_names_arXiv_as_its_repository()
    {
        var lines = RisWriter.Write(CitationSamples.Citation(venue: null)).Split("\r\n");

        Assert.Equal("TY  - UNPB", lines[0]);
        Assert.Contains("PB  - arXiv", lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("T2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_of_only_a_year_leaves_month_and_day_empty() =>
        Assert.Contains("DA  - 2023///\r\n", RisWriter.Write(CitationSamples.Citation(date: "2023")), StringComparison.Ordinal);

    [GeneratedRegex("^[A-Z][A-Z0-9]  - .*$")]
    private static partial Regex RisLine();
}
