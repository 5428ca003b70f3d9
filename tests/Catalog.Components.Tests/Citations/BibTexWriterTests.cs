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
        Assert.Contains("  booktitle = {ICML 2023},\n  eventtitle = {ICML 2023},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  year = {2023},\n  month = feb,\n  date = {2023-02-10},\n", bib, StringComparison.Ordinal);
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

    [Fact]
    public void The_abstract_is_the_plain_text_every_format_carries()
    {
        var paper = CitationSamples.Paper() with { AbstractMarkdown = "A $\\Lambda$-net uses only ~50% --\nof the cost." };

        var bib = BibTexWriter.Write(CitationBuilder.From(paper, "key", CitationSamples.Site));

        Assert.Contains("  abstract = {A Λ-net uses only \\~{}50\\% -{}- of the cost.},\n", bib, StringComparison.Ordinal);
    }
}
