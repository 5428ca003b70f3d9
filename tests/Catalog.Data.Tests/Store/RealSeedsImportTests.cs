using Catalog.Data.Model;
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
    public void TheCatalogHoldsTenPapersBy105PeoplePrinting106Names()
    {
        Assert.Equal((10, ReferencePeople.People, ReferencePeople.NameStrings), (catalog.Import.Papers, catalog.Import.Authors, catalog.Import.Names));
        var info = catalog.Catalog.Info();
        Assert.Equal((10L, (long)ReferencePeople.People), (info.PaperCount, info.AuthorCount));
        Assert.Equal(ReferencePeople.NameStrings, catalog.Metadata.SelectMany(p => p.Authors).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(ReferencePeople.People, catalog.Metadata.SelectMany(p => p.Authors).Select(ReferencePeople.PersonOf).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void BothRiquelmePapersAreOnOnePersonsPageUnderEachPrintedName()
    {
        var person = catalog.Authors.Get("carlos-riquelme");

        Assert.NotNull(person);
        Assert.Equal("Carlos Riquelme", person.Name);
        Assert.Equal(["2302.05442", "2212.05055"], person.Papers.Select(p => p.Id));
        Assert.Equal([new NameVariant("Carlos Riquelme Ruiz", 1)], person.Variants);
        Assert.Contains(catalog.Papers.Get("2212.05055")!.Authors, a => a is { Name: "Carlos Riquelme Ruiz", Slug: "carlos-riquelme", Family: "Riquelme Ruiz" });
        Assert.Contains(catalog.Papers.Get("2302.05442")!.Authors, a => a is { Name: "Carlos Riquelme", Slug: "carlos-riquelme", Family: "Riquelme" });
        Assert.Null(catalog.Authors.Get("carlos-riquelme-ruiz"));
        Assert.Equal("carlos-riquelme", catalog.Authors.MovedTo("carlos-riquelme-ruiz"));
    }

    [Fact]
    public void TheReferenceFilesDescribeTheSameTenPapersInTheOrderOfIndexMd()
    {
        Assert.Equal(10, catalog.Metadata.Count);
        Assert.Equal(Enumerable.Range(1, 10), catalog.Metadata.Select(p => p.Number));
        Assert.Equal(10, catalog.Listing.Entries.Count);
        var inIndexOrder = SeedReading.Read(RepositoryPaths.Seeds).Catalog!.Papers;
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
        Assert.Equal(paper.Authors.Select(a => AuthorNames.Slug(ReferencePeople.PersonOf(a.Name))), paper.Authors.Select(a => a.Slug));
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
