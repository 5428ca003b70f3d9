using Catalog.Data.Queries;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Queries;

public sealed class CatalogQueriesTests(RealCatalogFixture catalog) : IClassFixture<RealCatalogFixture>
{
    [Fact]
    public void InfoGivesTheCatalogsNameDescriptionAndSize()
    {
        var info = catalog.Catalog.Info();

        Assert.Equal("Mostafa Dehghani and collaborators", info.Name);
        Assert.Equal(
            "Ten papers by Mostafa Dehghani and his collaborators, as listed on the AI Topics page of his collaborating authors (source: arXiv.org Artificial Intelligence), with authors, arXiv ids, dates and venues checked against the papers' public records.",
            info.Description);
        Assert.Equal(10, info.PaperCount);
        Assert.Equal(ReferencePeople.People, info.AuthorCount);
    }

    [Fact]
    public void InfoOfASmallCatalogCountsItsOwnPapersAndAuthors()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Import();

        var info = new CatalogQueries(seeds.Database()).Info();

        Assert.Equal(("A good catalog", 3L, 4L), (info.Name, info.PaperCount, info.AuthorCount));
    }
}
