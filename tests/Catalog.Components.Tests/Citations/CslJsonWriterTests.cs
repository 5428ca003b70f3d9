using System.Text.Json;
using Catalog.Components.Citations;

namespace Catalog.Components.Tests.Citations;

public sealed class CslJsonWriterTests
{
    [Fact]
    public void A_conference_paper_is_a_paper_conference_in_its_proceedings_and_event_with_no_publisher()
    {
        var item = Item(CitationSamples.Citation());

        Assert.Equal("paper-conference", item.GetProperty("type").GetString());
        Assert.Equal("ICML 2023", item.GetProperty("container-title").GetString());
        Assert.Equal("ICML 2023", item.GetProperty("event-title").GetString());
        Assert.False(item.TryGetProperty("publisher", out _));
        Assert.False(item.TryGetProperty("number", out _));
        Assert.Equal("We scale *ViT*. To 22B.", item.GetProperty("abstract").GetString());
    }

    [Fact]
    public void A_preprint_is_an_article_with_arXiv_as_its_repository_and_its_number_there()
    {
        var item = Item(CitationSamples.Citation(venue: null));

        Assert.Equal("article", item.GetProperty("type").GetString());
        Assert.Equal("arXiv", item.GetProperty("publisher").GetString());
        Assert.Equal("arXiv:2302.05442", item.GetProperty("number").GetString());
        Assert.False(item.TryGetProperty("container-title", out _));
    }

    [Fact]
    public void A_paper_with_neither_venue_nor_arXiv_id_is_a_document() =>
        Assert.Equal("document", Item(CitationSamples.Citation(venue: null, arxiv: null)).GetProperty("type").GetString());

    private static JsonElement Item(Citation citation) => JsonDocument.Parse(CslJsonWriter.Write([citation])).RootElement[0].Clone();
}
