using Catalog.Data.Search;
using Catalog.Data.Search.Engine;
using Catalog.Data.Search.Engine.Index;
using Catalog.Data.Search.Engine.Persistence;
using Catalog.Data.Store;
using Catalog.Data.Tests.Infrastructure;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Tests.Store;

/// <summary>The import saves the search engine in the catalog file and opening the catalog reads it back: what is read
/// must be, array for array, what a build from the store's papers makes, and a file without it must still search.</summary>
public sealed class SavedEngineTests
{
    [Theory]
    [InlineData("seeds")]
    [InlineData("namesakes")]
    [InlineData("good")]
    public void TheSavedEngineReadsBackAsTheEngineBuiltFromTheStore(string catalog)
    {
        using var seeds = catalog == "seeds" ? TempSeeds.FromRealSeeds() : TempSeeds.FromFixture(catalog);
        Assert.True(seeds.Import().Succeeded);
        using var connection = Open(seeds);

        var saved = SavedEngine.Read(new CatalogEngineStore(connection));
        var built = SearchEngine.BuildIndex(new CatalogEngineStore(connection));

        Assert.NotNull(saved);
        Assert.Equal(built.Terms.All, saved.Terms.All);
        Assert.Equal(built.Postings.TermStarts, saved.Postings.TermStarts);
        Assert.Equal(built.Postings.Docs, saved.Postings.Docs);
        Assert.Equal(built.Postings.Frequencies, saved.Postings.Frequencies);
        Assert.Equal(built.Postings.PositionStarts, saved.Postings.PositionStarts);
        Assert.Equal(built.Postings.AllPositions, saved.Postings.AllPositions);
        var (b, s) = (built.Columns, saved.Columns);
        int[][] Ints(DocumentColumns c) =>
        [
            c.YearOf, c.Years, c.VenueOf, c.People.ByDocument.Starts, c.People.ByDocument.Values, c.People.ByPaperCount,
            c.Subjects.ByDocument.Starts, c.Subjects.ByDocument.Values, c.Ranks.Newest.DocumentAt, c.Ranks.Oldest.DocumentAt,
            c.Ranks.Title.DocumentAt,
        ];
        Assert.Equal(Ints(b), Ints(s));
        Assert.Equal(b.RowIds, s.RowIds);
        Assert.Equal(b.PersonIds, s.PersonIds);
        Assert.Equal(b.Venues, s.Venues);
        Assert.Equal(b.SubjectNames, s.SubjectNames);
        Assert.Equal(b.LengthNorms, s.LengthNorms);
        Assert.Equal(built.Compounds.Joined, saved.Compounds.Joined);
        Assert.Equal(built.Compounds.Split, saved.Compounds.Split);
        Assert.True(catalog != "seeds" || saved.Compounds.Count > 0);
    }

    [Fact]
    public void ArraysLongerThanAChunkArriveWhole()
    {
        // 300 papers of 1,000 words each, most of them distinct: the papers of the postings are over 1 MiB, so they are saved in several chunks.
        using var seeds = TempSeeds.Generated("long", Enumerable.Range(1, 300).Select(n => ($"p{n:D3}",
            $"---\nid: p{n:D3}\ntitle: Paper {n}\nauthors:\n  - Author {n % 7}\n---\n\n{string.Join(' ', Enumerable.Range(0, 1000).Select(w => $"w{(w * n) % 5000}"))}\n")));
        Assert.True(seeds.Import().Succeeded);
        using var connection = Open(seeds);

        Assert.True(connection.ExecuteScalar<long>("SELECT count(*) FROM engine_parts WHERE name = 'postings.docs'") > 1);
        var saved = SavedEngine.Read(new CatalogEngineStore(connection))!;
        var built = SearchEngine.BuildIndex(new CatalogEngineStore(connection));
        Assert.Equal(built.Postings.AllPositions, saved.Postings.AllPositions);
        Assert.Equal(built.Postings.Docs, saved.Postings.Docs);
    }

    [Fact]
    public void ACatalogFileWithoutASavedEngineIsSearchedByBuildingOne()
    {
        using var seeds = TempSeeds.FromRealSeeds();
        Assert.True(seeds.Import().Succeeded);
        var before = new PaperSearch(seeds.Database()).Search(new SearchRequest { Query = "transformer" });
        using (var connection = new SqliteConnection($"Data Source={seeds.DbPath};Pooling=False"))
        {
            connection.Open();
            connection.Execute("DELETE FROM engine_parts");
        }

        var after = new PaperSearch(seeds.Database()).Search(new SearchRequest { Query = "transformer" });

        Assert.NotEmpty(before.Hits);
        Assert.Equal(before.Hits.Select(h => h.Paper.Id), after.Hits.Select(h => h.Paper.Id));
        Assert.Equal(before.Total, after.Total);
    }

    [Theory]
    [InlineData("education", "compiler")]
    [InlineData("jacquard", "engine")]
    [InlineData("neumann", "merge")]
    public void APaperIsFoundByAWordOfItsTitleAbstractOrAuthors(string word, string id)
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Import();

        var result = new PaperSearch(seeds.Database()).Search(new SearchRequest { Query = word });

        Assert.Equal([id], result.Hits.Select(h => h.Paper.Id));
    }

    [Fact]
    public void ASuccessfulImportLeavesOnlyTheCatalogFile()
    {
        using var seeds = TempSeeds.FromRealSeeds();

        Assert.True(seeds.Import().Succeeded);

        Assert.Equal(["catalog.db"], Directory.EnumerateFiles(seeds.Parent).Select(Path.GetFileName));
    }

    private static SqliteConnection Open(TempSeeds seeds)
    {
        var connection = new SqliteConnection($"Data Source={seeds.DbPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }
}
