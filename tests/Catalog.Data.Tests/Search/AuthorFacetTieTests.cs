using Catalog.Data.Search;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Search;

/// <summary>The author filter's counts when many authors tie, as in a large catalog where most authors have one paper.</summary>
public sealed class AuthorFacetTieTests
{
    [Theory]
    [InlineData("a{0:D3}", "Zed", null)]
    [InlineData("a{0:D3}", "Zed", "paper")]
    [InlineData("Z{0:D3}", "aaa", null)]
    [InlineData("Z{0:D3}", "aaa", "paper")]
    [InlineData("b{0:D3}", "Aaa", "paper")]
    public void TiedAuthorsAreListedByNameWhateverTheirNumberOfPapers(string pattern, string odd, string? query)
    {
        using var seeds = TempSeeds.Empty("ties");
        // 200 authors tied at one paper each; the odd one sorts apart from the rest by name (capitals come first) or by slug.
        var names = Enumerable.Range(1, 199).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, i)).Append(odd).ToList();
        seeds.Write("papers/p.md", "---\nid: p\ntitle: Many authors\nauthors:\n" + string.Concat(names.Select(n => $"  - {n}\n")) + "---\n\nOne paper.\n");
        seeds.Write("INDEX.md", "# Ties\n\nOne paper with many authors.\n\n- [P](papers/p.md)\n");
        Assert.True(seeds.Import().Succeeded);

        var facets = new PaperSearch(seeds.Database()).Search(new SearchRequest { Query = query }).Facets;

        Assert.Equal(names.Order(StringComparer.Ordinal).Take(PaperSearch.AuthorFacetSize), facets.Authors.Select(a => a.Label));
        Assert.True(facets.MoreAuthors);
    }
}
