using Catalog.Data.Seeds;

namespace Catalog.Data.Store;

/// <summary>Where an import puts a seeds folder's papers as they are read: a catalog file, or, for a check, nowhere.
/// The counts are what the catalog would hold.</summary>
internal interface ICatalogWriter : IDisposable
{
    int Papers { get; }

    int People { get; }

    int Names { get; }

    void Add(SeedPaper paper);

    /// <summary>Called once, after the last paper, when the folder had no error.</summary>
    void Complete(SeedIndex index);
}
