using Catalog.Data.Queries;
using Catalog.Data.Seeds;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Queries;

public sealed class PaperQueriesTests(RealCatalogFixture catalog) : IClassFixture<RealCatalogFixture>
{
    [Fact]
    public void GetReturnsEverythingTheCatalogHoldsAboutAPaper()
    {
        var paper = catalog.Papers.Get("2302.05442");

        Assert.NotNull(paper);
        Assert.Equal("Scaling Vision Transformers to 22 Billion Parameters", paper.Title);
        Assert.Equal("2023-02-10", paper.Date);
        Assert.Equal("ICML 2023", paper.Venue);
        Assert.Equal("arXiv.org Artificial Intelligence", paper.Source);
        Assert.Equal("https://arxiv.org/abs/2302.05442", paper.Url);
        Assert.Equal("2302.05442", paper.Arxiv);
        Assert.Equal(42, paper.Authors.Count);
        Assert.Contains(new Catalog.Data.Model.AuthorRef("Mario Lučić", "mario-lucic") { Family = "Lučić" }, paper.Authors);
        Assert.StartsWith("The scaling of Transformers has driven breakthrough capabilities", paper.AbstractMarkdown);
        Assert.Contains("&quot;LLM-like&quot;", paper.AbstractHtml);
    }

    [Fact]
    public void GetOfAPaperWithoutAVenueHasNone()
    {
        var paper = catalog.Papers.Get("2112.05692");

        Assert.NotNull(paper);
        Assert.Null(paper.Venue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2302.0544")]
    [InlineData("2302.05442 ")]
    [InlineData("%")]
    public void GetOfAnUnknownIdIsNull(string id) => Assert.Null(catalog.Papers.Get(id));

    [Fact]
    public void NewestListsTheMostRecentPapersFirst()
    {
        var newest = catalog.Papers.Newest(3);

        Assert.Equal(["2302.05442", "2302.01327", "2212.05055"], newest.Select(p => p.Id));
        Assert.Equal(["2023-02-10", "2023-02-02", "2022-12-09"], newest.Select(p => p.Date));
    }

    [Fact]
    public void NewestListsAtMostTenAuthorsOfAPaperButCountsThemAll()
    {
        var vit = catalog.Papers.Newest(1).Single();

        Assert.Equal(PaperQueries.ListedAuthors, vit.Authors.Count);
        Assert.Equal(42, vit.AuthorCount);
        Assert.Equal(catalog.Paper("2302.05442").Authors.Take(PaperQueries.ListedAuthors), vit.Authors.Select(a => a.Name));
    }

    [Fact]
    public void NewestOfNoneIsEmpty() => Assert.Empty(catalog.Papers.Newest(0));

    [Fact]
    public void NewestOfMoreThanTheCatalogListsEveryPaper() => Assert.Equal(10, catalog.Papers.Newest(100).Count);

    [Theory]
    [InlineData("2202.06991")]
    [InlineData("2302.01327")]
    [InlineData("2208.09529")]
    [InlineData("2210.11399")]
    public void RelatedListsPapersSharingAuthorsMostSharedFirst(string id)
    {
        var related = new RelatedPapers(catalog.Database).For(id, 20).Papers.Select(r => r.Paper);

        var self = catalog.Paper(id);
        var expected = catalog.Metadata
            .Where(p => p.Id != id)
            .Select(p => (Paper: p, Shared: p.Authors.Intersect(self.Authors, StringComparer.Ordinal).Count()))
            .Where(x => x.Shared > 0)
            .OrderByDescending(x => x.Shared).ThenByDescending(x => x.Paper.Date, StringComparer.Ordinal).ThenBy(x => x.Paper.Number)
            .Select(x => x.Paper.Id);
        Assert.Equal(expected, related.Select(p => p.Id));
    }

    [Fact]
    public void RelatedStopsAtTheLimit()
    {
        var related = new RelatedPapers(catalog.Database).For("2202.06991", 2).Papers.Select(r => r.Paper);

        Assert.Equal(["2205.05131", "2210.11399"], related.Select(p => p.Id));
    }

    [Fact]
    public void RelatedOfAnUnknownPaperIsEmpty() => Assert.Empty(new RelatedPapers(catalog.Database).For("nope", 5).Papers);

    [Fact]
    public void SummariesLinkEachAuthorBySlug()
    {
        var paper = catalog.Papers.Newest(10).Single(p => p.Id == "2208.09529");

        Assert.Equal(
            [new("Ali Vardasbi", "ali-vardasbi"), new("Maarten de Rijke", "maarten-de-rijke"), new("Mostafa Dehghani", "mostafa-dehghani")],
            paper.Authors);
        Assert.All(paper.Authors, a => Assert.Equal(AuthorNames.Slug(a.Name), a.Slug));
    }
}
