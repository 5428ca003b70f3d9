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
        return new CatalogInfo(values.GetValueOrDefault("name", "Catalog"), values.GetValueOrDefault("description", ""),
            CatalogSize.Papers(connection), CatalogSize.Authors(connection));
    }
}
