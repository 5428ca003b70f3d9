using System.Web;
using Catalog.Components.Citations;

namespace Catalog.Components.Tests.Citations;

/// <summary>The ContextObjects of the COinS spans, read back as Zotero's COinS translator reads their keys.</summary>
public sealed class OpenUrlContextObjectTests
{
    [Fact]
    public void A_conference_paper_is_a_proceeding_with_every_author_family_first_in_order()
    {
        var kev = HttpUtility.ParseQueryString(OpenUrlContextObject.Of(CitationSamples.Citation()));

        Assert.Equal("Z39.88-2004", kev["ctx_ver"]);
        Assert.Equal("info:ofi/fmt:kev:mtx:book", kev["rft_val_fmt"]);
        Assert.Equal("proceeding", kev["rft.genre"]);
        Assert.Equal("Scaling Vision Transformers to 22 Billion Parameters", kev["rft.atitle"]);
        Assert.Equal("ICML 2023", kev["rft.btitle"]);
        Assert.Equal("2023-02-10", kev["rft.date"]);
        Assert.Equal(["Dehghani, Mostafa", "van Steenkiste, Sjoerd", "Google"], kev.GetValues("rft.au")!);
        Assert.Equal(["https://arxiv.org/abs/2302.05442"], kev.GetValues("rft_id")!);
    }

    [Fact]
    public void A_journal_article_is_a_journal_article()
    {
        var kev = HttpUtility.ParseQueryString(OpenUrlContextObject.Of(CitationSamples.Citation(venue: "TMLR 2023")));

        Assert.Equal("info:ofi/fmt:kev:mtx:journal", kev["rft_val_fmt"]);
        Assert.Equal("TMLR 2023", kev["rft.jtitle"]);
    }

    [Fact]
    public void A_preprint_is_Dublin_Core_with_Zoteros_type_after_its_title()
    {
        var text = OpenUrlContextObject.Of(CitationSamples.Citation(venue: null));
        var kev = HttpUtility.ParseQueryString(text);

        Assert.Equal("info:ofi/fmt:kev:mtx:dc", kev["rft_val_fmt"]);
        Assert.Equal("preprint", kev["rft.type"]);
        Assert.Equal("arXiv", kev["rft.publisher"]);
        Assert.True(text.IndexOf("rft.title=", StringComparison.Ordinal) < text.IndexOf("rft.type=", StringComparison.Ordinal));
    }

    [Fact]
    public void A_DOI_is_an_info_uri()
    {
        var paper = CitationSamples.Paper() with { Doi = "10.48550/arXiv.2302.05442" };

        var kev = HttpUtility.ParseQueryString(OpenUrlContextObject.Of(CitationBuilder.From(paper, "key", CitationSamples.Site)));

        Assert.Contains("info:doi/10.48550/arXiv.2302.05442", kev.GetValues("rft_id")!);
    }
}
