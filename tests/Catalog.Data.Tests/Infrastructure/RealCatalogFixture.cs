using Catalog.Data.Queries;
using Catalog.Data.Import;
using Catalog.Data.Search;
using Catalog.Data.Store;

namespace Catalog.Data.Tests.Infrastructure;

/// <summary>The repository's real seeds imported once into a temp catalog file, with the reference files that say
/// what the catalog must hold. Shared by every test of a class through <see cref="IClassFixture{TFixture}"/>.</summary>
public sealed class RealCatalogFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public RealCatalogFixture()
    {
        DbPath = _folder.Combine("catalog.db");
        Import = SeedImporter.Import(RepositoryPaths.Seeds, DbPath);
        if (!Import.Succeeded)
        {
            throw new InvalidOperationException("The real seeds did not import:\n" + string.Join("\n", Import.Problems));
        }

        Database = new CatalogDatabase(DbPath);
        Search = new PaperSearch(Database);
        Papers = new PaperQueries(Database);
        Authors = new AuthorQueries(Database);
        Catalog = new CatalogQueries(Database);
        Metadata = PaperMetadataTable.Load();
        Listing = TopicsListing.Load();
    }

    public string DbPath { get; }

    public ImportResult Import { get; }

    public CatalogDatabase Database { get; }

    public PaperSearch Search { get; }

    public PaperQueries Papers { get; }

    public AuthorQueries Authors { get; }

    public CatalogQueries Catalog { get; }

    /// <summary>Reference/papers-metadata.md, in its own order (the order of INDEX.md).</summary>
    public IReadOnlyList<ReferencePaper> Metadata { get; }

    public TopicsListing Listing { get; }

    public ReferencePaper Paper(string id) => Metadata.Single(p => p.Id == id);

    /// <summary>The ids of the reference papers that <paramref name="predicate"/> holds for, in catalog order.</summary>
    public IReadOnlyList<string> IdsWhere(Func<ReferencePaper, bool> predicate) => [.. Metadata.Where(predicate).Select(p => p.Id)];

    public SearchResult Find(string? query) => Search.Search(new SearchRequest { Query = query });

    public SearchResult Find(SearchRequest request) => Search.Search(request);

    public void Dispose() => _folder.Dispose();
}
