using Catalog.Data.Seeds;

namespace Catalog.Data.Store;

/// <summary>The writer of a check: writes nothing, and counts people as <see cref="CatalogWriter"/> does, so a check
/// reports what an import would.</summary>
internal sealed class NullCatalogWriter(PeopleDirectory people) : ICatalogWriter
{
    private readonly PersonTable _people = new(people);
    private int _papers;

    public int Papers => _papers;

    public int People => _people.Count;

    public int Names => _people.NameCount;

    public void Add(SeedPaper paper)
    {
        long rowid = ++_papers;
        foreach (var slot in paper.Authors)
        {
            _people.Add(slot, rowid);
        }
    }

    public void Complete(SeedIndex index)
    {
    }

    public void Dispose()
    {
    }
}
