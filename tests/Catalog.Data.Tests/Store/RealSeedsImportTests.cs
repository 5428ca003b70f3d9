using Catalog.Data.Seeds;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Store;

/// <summary>The repository's seeds hold what the reference files say, character for character.</summary>
public sealed class RealSeedsImportTests(RealCatalogFixture catalog) : IClassFixture<RealCatalogFixture>
{
    public static TheoryData<string> PaperIds => [.. PaperMetadataTable.Load().Select(p => p.Id)];

    public static TheoryData<int> ListingEntries => [.. Enumerable.Range(0, TopicsListing.Load().Entries.Count)];

    [Fact]
    public void TheRealSeedsImportWithoutAnyProblem()
    {
        Assert.True(catalog.Import.Succeeded);
        Assert.Empty(catalog.Import.Problems);
    }

    [Fact]
    public void TheCatalogHoldsTenPapersBy106DistinctAuthorNames()
    {
        Assert.Equal((10, 106), (catalog.Import.Papers, catalog.Import.Authors));
        var info = catalog.Catalog.Info();
        Assert.Equal((10L, 106L), (info.PaperCount, info.AuthorCount));
        Assert.Equal(106, catalog.Metadata.SelectMany(p => p.Authors).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TheReferenceFilesDescribeTheSameTenPapersInTheOrderOfIndexMd()
    {
        Assert.Equal(10, catalog.Metadata.Count);
        Assert.Equal(Enumerable.Range(1, 10), catalog.Metadata.Select(p => p.Number));
        Assert.Equal(10, catalog.Listing.Entries.Count);
        var inIndexOrder = SeedFolderReader.Read(RepositoryPaths.Seeds).Catalog!.Papers;
        Assert.Equal(catalog.Metadata.Select(p => p.Id), inIndexOrder.Select(p => p.Id));
        Assert.Equal(catalog.Listing.Entries.Select(e => e.Title), inIndexOrder.Select(p => p.Title));
    }

    [Theory]
    [MemberData(nameof(PaperIds))]
    public void EveryPapersAuthorsEqualTheMetadataTableInOrder(string id)
    {
        var paper = catalog.Papers.Get(id);

        Assert.NotNull(paper);
        Assert.Equal(catalog.Paper(id).Authors, paper.Authors.Select(a => a.Name));
        Assert.Equal(paper.Authors.Select(a => AuthorNames.Slug(a.Name)), paper.Authors.Select(a => a.Slug));
    }

    [Theory]
    [MemberData(nameof(PaperIds))]
    public void EveryPapersIdDateAndVenueEqualTheMetadataTable(string id)
    {
        var expected = catalog.Paper(id);

        var paper = catalog.Papers.Get(id);

        Assert.NotNull(paper);
        Assert.Equal(expected.Id, paper.Id);
        Assert.Equal(expected.Date, paper.Date);
        Assert.Equal(expected.Venue, paper.Venue);
        Assert.Equal(expected.Id, paper.Arxiv);
        Assert.Equal($"https://arxiv.org/abs/{expected.Id}", paper.Url);
    }

    [Theory]
    [MemberData(nameof(ListingEntries))]
    public void EveryTitleSourceAndAbstractEqualTheListingCharacterForCharacter(int index)
    {
        var entry = catalog.Listing.Entries[index];

        var paper = catalog.Papers.Get(catalog.Metadata[index].Id);

        Assert.NotNull(paper);
        Assert.Equal(entry.Title, paper.Title);
        Assert.Equal(entry.Source, paper.Source);
        Assert.Equal(entry.Abstract, paper.AbstractMarkdown);
    }

    [Fact]
    public void TheListingsCollaboratingAuthorIsAnAuthorOfEveryPaper()
    {
        var listed = catalog.Listing.Header.Split('\n').Last();
        Assert.Equal("\u00A0Dehghani, Mostafa", listed);
        var name = AuthorNames.Normalize(listed);

        var author = catalog.Authors.Get(AuthorNames.Slug(name));

        Assert.NotNull(author);
        Assert.Equal("Mostafa Dehghani", author.Name);
        Assert.Equal(catalog.Metadata.Select(p => p.Id).Order(StringComparer.Ordinal), author.Papers.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheCatalogIsNamedAndDescribedByIndexMd()
    {
        var info = catalog.Catalog.Info();

        Assert.Equal("Mostafa Dehghani and collaborators", info.Name);
        Assert.StartsWith("Ten papers by Mostafa Dehghani and his collaborators, as listed on the AI Topics page", info.Description);
    }

    [Theory]
    [MemberData(nameof(PaperIds))]
    public void EveryAbstractIsRenderedAsOneParagraphWithItsTexKept(string id)
    {
        var paper = catalog.Papers.Get(id);

        Assert.NotNull(paper);
        Assert.StartsWith("<p>", paper.AbstractHtml);
        Assert.EndsWith("</p>", paper.AbstractHtml);
        Assert.Equal(1, paper.AbstractHtml.Split("<p>").Length - 1);
        if (paper.AbstractMarkdown.Contains("$\\Lambda$", StringComparison.Ordinal))
        {
            Assert.Contains("($\\Lambda$-DARTS)", paper.AbstractHtml);
        }
    }
}
