using Catalog.Data.Search.Engine.Build;

namespace Catalog.Data.Search.Engine.Persistence;

/// <summary>What the engine needs of the store, and all it knows of it: the papers to build from, as plain records, and
/// a place to save its arrays and read them back by name. The store implements it (<c>Store/CatalogEngineStore</c>),
/// so no table name or SQL is the engine's.</summary>
public interface IEngineStore
{
    /// <summary>Every paper in rowid order.</summary>
    IEnumerable<EngineDocument> Documents();

    /// <summary>The rowids in each order the results page offers.</summary>
    EngineSortOrders SortOrders();

    /// <summary>The length in bytes of a saved part; 0 when there is none.</summary>
    long PartLength(string name);

    /// <summary>Copies a saved part's bytes, in order, into <paramref name="into"/>, which is as long as the part.</summary>
    void ReadPart(string name, Span<byte> into);

    /// <summary>A writer of parts that are saved together when it commits.</summary>
    IEnginePartWriter WriteParts();
}
