using Catalog.Data.Search;
using Catalog.Data.Tests.Infrastructure;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Tests.Search;

/// <summary>Authors tied in the author counts are listed in name order as SQLite sorts text (by code point), which the
/// importer builds into author ids: names from the BMP's private and compatibility ranges and from beyond it too.</summary>
public sealed class AuthorFacetOrderTests
{
    private static readonly string[] s_names = ["Zoe Zed", "Ådam Öst", "adam ost", "\U0001D49Cnna Script", "\uFB00ion Ligature", "Émile Borel", "Bo Li"];

    [Fact]
    public void TiedAuthorsAreListedInSqlitesNameOrder()
    {
        using var seeds = TempSeeds.Empty("ties");
        var authors = string.Concat(s_names.Select(n => $"  - '{n}'\n"));
        seeds.Write("papers/tie.md", $"---\nid: tie\ntitle: Ties\nauthors:\n{authors}---\n\nA paper.\n");
        seeds.Write("INDEX.md", "# Ties\n\n- [Ties](papers/tie.md)\n");
        Assert.True(seeds.Import().Succeeded);

        var facet = new PaperSearch(seeds.Database()).Search(new SearchRequest { Query = "paper" }).Facets.Authors;

        using var connection = new SqliteConnection($"Data Source={seeds.DbPath};Mode=ReadOnly;Pooling=False");
        var sqliteOrder = connection.Query<string>("SELECT name FROM authors ORDER BY name").ToList();
        Assert.Equal(sqliteOrder, facet.Select(a => a.Label));
        Assert.Equal(s_names.Length, sqliteOrder.Count);
        Assert.Equal(sqliteOrder, connection.Query<string>("SELECT name FROM authors ORDER BY id"));
    }
}
