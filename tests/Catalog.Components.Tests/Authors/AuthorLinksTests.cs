using Bunit;
using Catalog.Components.Authors;
using Catalog.Data.Model;

namespace Catalog.Components.Tests.Authors;

public sealed class AuthorLinksTests : BunitContext
{
    [Fact]
    public void Each_author_links_to_their_page_in_order()
    {
        var cut = Render<AuthorLinks>(p => p.Add(c => c.Authors, [Samples.Ada, Samples.Mario, Samples.Grace]));

        var links = cut.FindAll("a");
        Assert.Equal(["Ada Lovelace", "Mario Lučić", "Grace Hopper"], links.Select(a => a.TextContent));
        Assert.Equal(["/authors/ada-lovelace", "/authors/mario-lucic", "/authors/grace-hopper"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("Ada Lovelace, Mario Lučić, Grace Hopper", cut.Find("span.authors").TextContent.Trim());
    }

    [Fact]
    public void One_author_has_no_separator()
    {
        var cut = Render<AuthorLinks>(p => p.Add(c => c.Authors, [Samples.Grace]));

        Assert.Equal("Grace Hopper", cut.Find("span.authors").TextContent.Trim());
    }

    [Fact]
    public void A_shortened_list_says_how_many_more_authors_there_are()
    {
        var cut = Render<AuthorLinks>(p => p
            .Add(c => c.Authors, [Samples.Ada, Samples.Mario])
            .Add(c => c.Total, 1234L));

        Assert.Equal(2, cut.FindAll("a").Count);
        Assert.Equal("Ada Lovelace, Mario Lučić and 1,232 more", cut.Find("span.authors").TextContent.Trim());
    }

    [Fact]
    public void A_total_no_larger_than_the_list_adds_nothing()
    {
        var cut = Render<AuthorLinks>(p => p
            .Add(c => c.Authors, [Samples.Ada, Samples.Mario])
            .Add(c => c.Total, 2L));

        Assert.DoesNotContain("more", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_text_not_markup()
    {
        var cut = Render<AuthorLinks>(p => p.Add(c => c.Authors, [new AuthorRef("<i>Eve</i>", "eve")]));

        Assert.Empty(cut.FindAll("i"));
        Assert.Equal("<i>Eve</i>", cut.Find("a").TextContent);
    }
}
