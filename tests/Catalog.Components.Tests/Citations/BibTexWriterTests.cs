using Catalog.Components.Citations;

namespace Catalog.Components.Tests.Citations;

public sealed class BibTexWriterTests
{
    [Fact]
    public void A_conference_paper_is_inproceedings_with_booktitle_and_authors_family_first()
    {
        var bib = BibTexWriter.Write(CitationSamples.Citation());

        Assert.StartsWith("@inproceedings{dehghani2023scaling,\n", bib, StringComparison.Ordinal);
        Assert.Contains("  author = {Dehghani, Mostafa and van Steenkiste, Sjoerd and {Google}},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  booktitle = {ICML 2023},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  year = {2023},\n  month = feb,\n", bib, StringComparison.Ordinal);
        Assert.Contains("  eprint = {2302.05442},\n  archivePrefix = {arXiv},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  abstract = {We scale *ViT*. To 22B.},\n", bib, StringComparison.Ordinal);
        Assert.EndsWith("}\n", bib, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("JMLR 25(70), 2024", "@article{", "journal = {JMLR 25(70), 2024}")]
    [InlineData("arXiv", "@misc{", "eprint = {2302.05442}")]
    [InlineData(null, "@misc{", "archivePrefix = {arXiv}")]
    public void The_entry_type_follows_the_venue(string? venue, string type, string field)
    {
        var bib = BibTexWriter.Write(CitationSamples.Citation(venue));

        Assert.StartsWith(type, bib, StringComparison.Ordinal);
        Assert.Contains(field, bib, StringComparison.Ordinal);
        Assert.DoesNotContain("booktitle", bib, StringComparison.Ordinal);
    }
}
