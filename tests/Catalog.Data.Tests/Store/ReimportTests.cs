using Catalog.Data.Queries;
using Catalog.Data.Search;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Store;

public sealed class ReimportTests
{
    [Fact]
    public void ImportingTheSameSeedsTwiceGivesTheSameCatalog()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Import();
        var first = CatalogDump.Rows(seeds.DbPath);

        Assert.True(seeds.Import().Succeeded);

        Assert.NotEmpty(first);
        Assert.Equal(first, CatalogDump.Rows(seeds.DbPath));
    }

    [Fact]
    public void ImportingTheRealSeedsTwiceGivesTheSameCatalog()
    {
        using var seeds = TempSeeds.FromRealSeeds();
        seeds.Import();
        var first = CatalogDump.Rows(seeds.DbPath);

        seeds.Import();

        Assert.Equal(first, CatalogDump.Rows(seeds.DbPath));
    }

    [Fact]
    public void AnEditedPaperShowsAfterTheNextImport()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Import();
        seeds.Replace("papers/compiler.md", "title: The Education of a Computer", "title: The Schooling of a Computer");
        seeds.Replace("papers/compiler.md", "  - Grace Hopper\n", "  - Grace Hopper\n  - Ada Lovelace\n");

        Assert.True(seeds.Import().Succeeded);

        var database = seeds.Database();
        var paper = new PaperQueries(database).Get("compiler");
        Assert.Equal("The Schooling of a Computer", paper?.Title);
        Assert.Equal(["Grace Hopper", "Ada Lovelace"], paper!.Authors.Select(a => a.Name));
        Assert.Equal(2, new AuthorQueries(database).Get("ada-lovelace")?.Papers.Count);
        var search = new PaperSearch(database);
        Assert.Equal(["compiler"], search.Search(new SearchRequest { Query = "schooling" }).Hits.Select(h => h.Paper.Id));
        Assert.Equal(0, search.Search(new SearchRequest { Query = "education" }).Total);
    }

    [Fact]
    public void AnAddedPaperShowsAfterTheNextImport()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Import();
        seeds.Write("papers/turing.md", "---\nid: turing\ntitle: On Computable Numbers\nauthors:\n  - Alan Turing\ndate: 1936-11-12\n---\n\nA machine that reads and writes symbols on a tape.\n");
        File.AppendAllText(seeds.PathOf("INDEX.md"), "- [Computable numbers](papers/turing.md)\n");

        Assert.True(seeds.Import().Succeeded);

        var database = seeds.Database();
        Assert.Equal("On Computable Numbers", new PaperQueries(database).Get("turing")?.Title);
        Assert.Equal((4, 5), (new CatalogQueries(database).Info().PaperCount, new CatalogQueries(database).Info().AuthorCount));
        Assert.Equal(["turing"], new PaperSearch(database).Search(new SearchRequest { Query = "tape" }).Hits.Select(h => h.Paper.Id));
    }

    [Fact]
    public void ARemovedPaperIsGoneAfterTheNextImport()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Import();
        seeds.Replace("INDEX.md", "- [Sorting by merging](papers/merge.md)\n", "");
        seeds.Delete("papers/merge.md");

        Assert.True(seeds.Import().Succeeded);

        var database = seeds.Database();
        Assert.Null(new PaperQueries(database).Get("merge"));
        Assert.Null(new AuthorQueries(database).Get("john-von-neumann"));
        Assert.Equal(1, new AuthorQueries(database).Get("charles-babbage")?.Papers.Count);
        Assert.Equal(0, new PaperSearch(database).Search(new SearchRequest { Query = "merge" }).Total);
        Assert.Equal(2, new CatalogQueries(database).Info().PaperCount);
    }

    [Fact]
    public void QueriesOpenedBeforeAnImportReadTheNewCatalogAfterIt()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Import();
        var papers = new PaperQueries(seeds.Database());
        Assert.Equal("Sorting by Merging", papers.Get("merge")?.Title);
        seeds.Replace("papers/merge.md", "title: Sorting by Merging", "title: Merge Sort");

        seeds.Import();

        Assert.Equal("Merge Sort", papers.Get("merge")?.Title);
    }

    [Fact]
    public void AReorderedIndexReordersTheCatalog()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Import();
        var index = seeds.ReadText("INDEX.md");
        seeds.Replace("INDEX.md", "- [Analytical engines](papers/engine.md)\n", "");
        File.AppendAllText(seeds.PathOf("INDEX.md"), "- [Analytical engines](papers/engine.md)\n");
        Assert.NotEqual(index, seeds.ReadText("INDEX.md"));

        seeds.Import();

        Assert.Equal(["compiler", "merge", "engine"], seeds.Read().Catalog!.Papers.Select(p => p.Id));
        Assert.Equal(3, new CatalogQueries(seeds.Database()).Info().PaperCount);
    }
}
