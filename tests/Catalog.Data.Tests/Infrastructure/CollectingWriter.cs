using Catalog.Data.Seeds;
using Catalog.Data.Store;

namespace Catalog.Data.Tests.Infrastructure;

/// <summary>A catalog writer that keeps the papers it is given instead of writing them, so that tests read a seeds
/// folder through the import's own loop and see what it would have written.</summary>
internal sealed class CollectingWriter(PeopleDirectory people) : ICatalogWriter
{
    private readonly NullCatalogWriter _counts = new(people);
    private readonly List<SeedPaper> _papers = [];

    /// <summary>The catalog once the import completed it; null when an error stopped it.</summary>
    public SeedCatalog? Catalog { get; private set; }

    public int Papers => _counts.Papers;

    public int People => _counts.People;

    public int Names => _counts.Names;

    public void Add(SeedPaper paper)
    {
        _papers.Add(paper);
        _counts.Add(paper);
    }

    public void Complete(SeedIndex index) => Catalog = new SeedCatalog(index.Name, index.Description, _papers, people.People);

    public void Dispose() => _counts.Dispose();
}
