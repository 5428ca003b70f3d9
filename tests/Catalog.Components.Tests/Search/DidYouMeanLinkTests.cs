using Bunit;
using Catalog.Components.Search;
using Catalog.Data.Search;

namespace Catalog.Components.Tests.Search;

public sealed class DidYouMeanLinkTests : BunitContext
{
    [Fact]
    public void A_suggestion_is_a_link_to_the_corrected_search_with_the_filters_kept()
    {
        var request = new SearchRequest { Query = "transfromers", Year = 2022, Page = 3 };

        var cut = Render<DidYouMeanLink>(p => p.Add(c => c.Request, request).Add(c => c.Suggestion, "transformers"));

        var paragraph = cut.Find("p.did-you-mean");
        Assert.Equal("Did you mean transformers?", paragraph.TextContent);
        Assert.Equal("/papers?q=transformers&year=2022", cut.Find("p.did-you-mean a").GetAttribute("href"));
    }

    [Fact]
    public void No_suggestion_renders_nothing()
    {
        var cut = Render<DidYouMeanLink>(p => p.Add(c => c.Request, new SearchRequest { Query = "transformer" }));

        Assert.Empty(cut.Markup.Trim());
    }
}
