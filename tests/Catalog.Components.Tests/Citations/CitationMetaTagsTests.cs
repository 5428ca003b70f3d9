using Bunit;
using Catalog.Components.Citations;

namespace Catalog.Components.Tests.Citations;

/// <summary>The tags Zotero's Embedded Metadata translator types an item by: a venue's tag for a conference paper or a
/// journal article, Zotero's own type name in DC.type for a preprint, which Highwire's tags cannot name.</summary>
public sealed class CitationMetaTagsTests : BunitContext
{
    [Fact]
    public void A_preprint_is_named_by_DC_type_with_arXiv_as_repository_and_its_number_there()
    {
        var cut = Render<CitationMetaTags>(p => p.Add(c => c.Citation, CitationSamples.Citation(venue: null)).Add(c => c.Description, "d"));

        Assert.Equal("preprint", Meta(cut, "DC.type"));
        Assert.Equal("arXiv", Meta(cut, "citation_publisher"));
        Assert.Equal("arXiv:2302.05442", Meta(cut, "citation_technical_report_number"));
        Assert.Empty(cut.FindAll("meta[name=citation_conference_title], meta[name=citation_journal_title], meta[name=citation_technical_report_institution]"));
    }

    [Fact]
    public void A_conference_paper_names_its_conference_and_proceedings_and_no_DC_type()
    {
        var cut = Render<CitationMetaTags>(p => p.Add(c => c.Citation, CitationSamples.Citation()).Add(c => c.Description, "d"));

        Assert.Equal("ICML 2023", Meta(cut, "citation_conference_title"));
        Assert.Equal("ICML 2023", Meta(cut, "prism.publicationName"));
        Assert.Empty(cut.FindAll("meta[name='DC.type'], meta[name=citation_publisher]"));
        Assert.Equal("We scale *ViT*. To 22B.", Meta(cut, "citation_abstract"));
        Assert.Equal("https://arxiv.org/abs/2302.05442", Meta(cut, "citation_public_url"));
    }

    [Fact]
    public void A_paper_of_neither_venue_nor_arXiv_is_a_document() =>
        Assert.Equal("document", Meta(Render<CitationMetaTags>(p => p.Add(c => c.Citation, CitationSamples.Citation(venue: null, arxiv: null)).Add(c => c.Description, "d")), "DC.type"));

    private static string? Meta(IRenderedComponent<CitationMetaTags> cut, string name) =>
        cut.Find($"meta[name='{name}']").GetAttribute("content");
}
