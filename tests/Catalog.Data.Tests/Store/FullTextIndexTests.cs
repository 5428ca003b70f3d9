using Catalog.Data.Search;
using Catalog.Data.Tests.Infrastructure;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Tests.Store;

/// <summary>The full-text index is built in a file of its own and copied into the catalog: it must arrive whole.</summary>
public sealed class FullTextIndexTests
{
    [Fact]
    public void TheCopiedIndexPassesFts5sIntegrityCheckAgainstThePaperTexts()
    {
        using var seeds = TempSeeds.FromRealSeeds();
        Assert.True(seeds.Import().Succeeded);

        using var connection = new SqliteConnection($"Data Source={seeds.DbPath};Pooling=False");
        connection.Open();
        // rank = 1 also compares the index with the tokenized content of every row of paper_texts.
        connection.Execute("INSERT INTO papers_fts (papers_fts, rank) VALUES ('integrity-check', 1)");
        Assert.Equal(10, connection.ExecuteScalar<long>("SELECT count(*) FROM papers_fts_docsize"));
    }

    [Fact]
    public void TheCopiedIndexKeepsFts5sDefaultMergeSettings()
    {
        using var seeds = TempSeeds.FromRealSeeds();
        seeds.Import();

        using var connection = new SqliteConnection($"Data Source={seeds.DbPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        Assert.Equal(["version"], connection.Query<string>("SELECT k FROM papers_fts_config ORDER BY k"));
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
}
