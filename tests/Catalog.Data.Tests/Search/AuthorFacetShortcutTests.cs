using System.Globalization;
using System.Text;
using Catalog.Data.Search;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Search;

/// <summary>Large result sets count the most prolific authors first; the counts must be those of counting everyone.</summary>
public sealed class AuthorFacetShortcutTests
{
    private const int Papers = 2_400;

    [Fact]
    public void ProlificAuthorsGiveTheSameCountsAsCountingEveryAuthorWhenTheyProveThemselvesTheTop()
    {
        using var seeds = Catalog(withProlificAuthors: true);
        using var connection = seeds.Database().Open();
        var scope = ScopeFor("paper");

        var prolific = AuthorFacetCounter.CountProlific(connection, scope, PaperSearch.AuthorFacetSize + 1);
        var all = AuthorFacetCounter.CountAll(connection, scope, PaperSearch.AuthorFacetSize + 1);

        Assert.NotNull(prolific);
        Assert.Equal(all, prolific);
        Assert.Equal(Papers / 40, all[0].Count);
    }

    [Fact]
    public void WhenEveryAuthorTiesTheShortcutGivesWayToCountingEveryAuthor()
    {
        using var seeds = Catalog(withProlificAuthors: false);
        using var connection = seeds.Database().Open();

        Assert.Null(AuthorFacetCounter.CountProlific(connection, ScopeFor("paper"), PaperSearch.AuthorFacetSize + 1));

        var facets = new PaperSearch(seeds.Database()).Search(new SearchRequest { Query = "paper" }).Facets;
        var expected = Enumerable.Range(0, Papers).Select(Unique).Order(StringComparer.Ordinal).Take(PaperSearch.AuthorFacetSize);
        Assert.Equal(expected, facets.Authors.Select(a => a.Label));
        Assert.All(facets.Authors, a => Assert.Equal(1, a.Count));
    }

    [Fact]
    public void TheResultsPageCountsMatchCountingEveryAuthor()
    {
        using var seeds = Catalog(withProlificAuthors: true);
        using var connection = seeds.Database().Open();
        var all = AuthorFacetCounter.CountAll(connection, ScopeFor("paper"), PaperSearch.AuthorFacetSize + 1);

        var facets = new PaperSearch(seeds.Database()).Search(new SearchRequest { Query = "paper" }).Facets;

        Assert.Equal(all.Take(PaperSearch.AuthorFacetSize), facets.Authors);
        Assert.True(facets.MoreAuthors);
    }

    private static MatchScope ScopeFor(string query)
    {
        var request = new SearchRequest { Query = query };
        return MatchScope.For(SearchQueryParser.Parse(query), request, []);
    }

    private static string Unique(int paper) => string.Create(CultureInfo.InvariantCulture, $"Unique {paper:D4}");

    /// <summary>Every paper has an author of its own; with prolific authors, each paper also has one of forty.</summary>
    private static TempSeeds Catalog(bool withProlificAuthors)
    {
        var seeds = TempSeeds.Empty("many");
        var index = new StringBuilder("# Many\n\nMany papers.\n\n");
        for (var i = 0; i < Papers; i++)
        {
            var prolific = withProlificAuthors ? $"  - Prolific {i % 40:D2}\n" : "";
            seeds.Write($"papers/p{i}.md", $"---\nid: p{i}\ntitle: Paper {i}\nauthors:\n  - {Unique(i)}\n{prolific}---\n\nA paper.\n");
            index.Append(CultureInfo.InvariantCulture, $"- [Paper {i}](papers/p{i}.md)\n");
        }

        seeds.Write("INDEX.md", index.ToString());
        Assert.True(seeds.Import().Succeeded);
        return seeds;
    }
}
