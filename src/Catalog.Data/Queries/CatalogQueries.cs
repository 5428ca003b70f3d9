using Catalog.Data.Model;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Queries;

/// <summary>The catalog's name, description and size.</summary>
public sealed class CatalogQueries(CatalogDatabase database)
{
    public CatalogInfo Info()
    {
        using var connection = database.Open();
        var values = connection.Query<(string Key, string Value)>("SELECT key, value FROM catalog").ToDictionary(r => r.Key, r => r.Value);
        var papers = connection.ExecuteScalar<long>("SELECT count(*) FROM papers");
        var authors = connection.ExecuteScalar<long>("SELECT count(*) FROM authors");
        return new CatalogInfo(values.GetValueOrDefault("name", "Catalog"), values.GetValueOrDefault("description", ""), papers, authors);
    }
}
