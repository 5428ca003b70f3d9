using Catalog.Data.Model;
using Catalog.Data.Queries;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Queries;

public sealed class AuthorQueriesTests(RealCatalogFixture catalog) : IClassFixture<RealCatalogFixture>
{
    [Fact]
    public void ListWithoutAPrefixPagesThroughEveryAuthorByName()
    {
        var first = catalog.Authors.List(null, AuthorSort.Name, 1);
        var second = catalog.Authors.List(null, AuthorSort.Name, 2);

        Assert.Equal(ReferencePeople.People, first.Total);
        Assert.Equal(2, first.PageCount);
        Assert.Equal(AuthorQueries.PageSize, first.Authors.Count);
        Assert.Equal(ReferencePeople.People - AuthorQueries.PageSize, second.Authors.Count);
        var names = first.Authors.Concat(second.Authors).Select(a => a.Name).ToList();
        Assert.Equal(AllNames().Order(StringComparer.OrdinalIgnoreCase), names);
    }

    [Theory]
    [InlineData("hou", new[] { "Le Hou", "Neil Houlsby" })]
    [InlineData("HOU", new[] { "Le Hou", "Neil Houlsby" })]
    [InlineData("  hou ", new[] { "Le Hou", "Neil Houlsby" })]
    [InlineData("Mostafa", new[] { "Mostafa Dehghani" })]
    [InlineData("de r", new[] { "Maarten de Rijke" })]
    [InlineData("luc", new[] { "Lucas Beyer", "Mario Lučić" })]
    [InlineData("luč", new[] { "Lucas Beyer", "Mario Lučić" })]
    [InlineData("carlos riquelme", new[] { "Carlos Riquelme" })]
    [InlineData("riquelme ruiz", new[] { "Carlos Riquelme" })]
    public void ListWithAPrefixMatchesTheStartOfAnyWordOfTheName(string prefix, string[] names)
    {
        var page = catalog.Authors.List(prefix, AuthorSort.Name, 1);

        Assert.Equal(names, page.Authors.Select(a => a.Name));
        Assert.Equal(names.Length, page.Total);
    }

    [Fact]
    public void ListByFamilyNameSortsOnTheFamilyNameFromPeopleYamlOrTheLastWord()
    {
        var names = catalog.Authors.List(null, AuthorSort.Family, 1).Authors.Concat(catalog.Authors.List(null, AuthorSort.Family, 2).Authors)
            .Select(a => a.Name).ToList();

        Assert.Equal("Melika Adabinejad", names[0]);
        Assert.True(names.IndexOf("Maarten de Rijke") < names.IndexOf("Mostafa Dehghani"), "de Rijke sorts under d");
        Assert.True(names.IndexOf("Carlos Riquelme") > names.IndexOf("Maarten de Rijke"));
        Assert.Equal(names.IndexOf("Ali Vardasbi") - 1, names.IndexOf("Sjoerd van Steenkiste"));
        Assert.Equal("Barret Zoph", names[^1]);
    }

    [Fact]
    public void ListFoldsDiacriticsAsSearchDoes()
    {
        var page = catalog.Authors.List("lucic", AuthorSort.Name, 1);

        Assert.Equal(["Mario Lučić"], page.Authors.Select(a => a.Name));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    [InlineData("'")]
    [InlineData("zz")]
    public void ListTakesAPrefixAsPlainText(string prefix)
    {
        var page = catalog.Authors.List(prefix, AuthorSort.Name, 1);

        Assert.Equal(0, page.Total);
        Assert.Empty(page.Authors);
        Assert.Equal(1, page.PageCount);
    }

    [Fact]
    public void ListByPapersPutsTheMostPublishedFirstThenSortsByName()
    {
        var page = catalog.Authors.List(null, AuthorSort.Papers, 1);

        var expected = catalog.Metadata.SelectMany(p => p.Authors.Select(ReferencePeople.PersonOf)).GroupBy(a => a)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Take(AuthorQueries.PageSize)
            .Select(g => (g.Key, (long)g.Count()));
        Assert.Equal(expected, page.Authors.Select(a => (a.Name, a.PaperCount)));
        Assert.Equal(("Mostafa Dehghani", 10L), (page.Authors[0].Name, page.Authors[0].PaperCount));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(3)]
    [InlineData(int.MaxValue)]
    public void APageBeyondTheIndexIsEmptyAndBeforeItIsTheFirst(int page)
    {
        var result = catalog.Authors.List(null, AuthorSort.Name, page);

        Assert.Equal(ReferencePeople.People, result.Total);
        Assert.Equal(page < 1 ? AuthorQueries.PageSize : 0, result.Authors.Count);
    }

    [Fact]
    public void MostFrequentListsTheAuthorsWithTheMostPapers()
    {
        var top = catalog.Authors.MostFrequent(3);

        Assert.Equal(
            [new AuthorSummary("Mostafa Dehghani", "mostafa-dehghani", 10), new AuthorSummary("Yi Tay", "yi-tay", 6), new AuthorSummary("Neil Houlsby", "neil-houlsby", 5)],
            top);
    }

    [Fact]
    public void GetListsAnAuthorsPapersNewestFirst()
    {
        var author = catalog.Authors.Get("neil-houlsby");

        Assert.NotNull(author);
        Assert.Equal("Neil Houlsby", author.Name);
        Assert.Equal(["2302.05442", "2302.01327", "2212.05055", "2210.11399", "2205.05131"], author.Papers.Select(p => p.Id));
    }

    [Fact]
    public void GetListsCoAuthorsWithTheNumberOfSharedPapersMostSharedFirst()
    {
        var author = catalog.Authors.Get("yi-tay", allCoAuthors: true);

        Assert.NotNull(author);
        var mine = catalog.Metadata.Where(p => p.Authors.Contains("Yi Tay")).ToList();
        var expected = mine.SelectMany(p => p.Authors.Select(ReferencePeople.PersonOf).Distinct()).Where(a => a != "Yi Tay").GroupBy(a => a)
            .Select(g => (g.Key, (long)g.Count()))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal);
        Assert.Equal(expected, author.CoAuthors.Select(c => (c.Name, c.SharedPapers)));
        Assert.Equal(new CoAuthor("Mostafa Dehghani", "mostafa-dehghani", 6), author.CoAuthors[0]);
    }

    [Fact]
    public void EveryoneIsACoAuthorOfMostafaDehghani()
    {
        var author = catalog.Authors.Get("mostafa-dehghani", allCoAuthors: true);

        Assert.NotNull(author);
        Assert.Equal(10, author.Papers.Count);
        Assert.Equal(ReferencePeople.People - 1, author.CoAuthors.Count);
        Assert.Equal(ReferencePeople.People - 1, author.CoAuthorCount);
        Assert.DoesNotContain(author.CoAuthors, c => c.Slug == "mostafa-dehghani");
    }

    [Fact]
    public void APersonsPageListsTheFirstCoAuthorsAndCountsThemAll()
    {
        var author = catalog.Authors.Get("mostafa-dehghani");

        Assert.NotNull(author);
        Assert.Equal(AuthorQueries.CoAuthorsShown, author.CoAuthors.Count);
        Assert.Equal(ReferencePeople.People - 1, author.CoAuthorCount);
        Assert.Equal(catalog.Authors.Get("mostafa-dehghani", allCoAuthors: true)!.CoAuthors.Take(AuthorQueries.CoAuthorsShown), author.CoAuthors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nobody")]
    [InlineData("Neil-Houlsby")]
    public void GetOfAnUnknownSlugIsNull(string slug) => Assert.Null(catalog.Authors.Get(slug));

    private List<string> AllNames() => [.. catalog.Metadata.SelectMany(p => p.Authors).Select(ReferencePeople.PersonOf).Distinct()];
}
