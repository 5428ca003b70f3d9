using Catalog.Components;
using Catalog.Data.Store;

namespace Catalog.Benchmarks;

/// <summary>Every paper page of the catalog, each once, in an order that jumps across the catalog (a stride coprime to the
/// count), so neighbouring requests do not read neighbouring rows.</summary>
public static class PaperUrls
{
    private const int Stride = 7919;

    public static List<string> All(CatalogDatabase database)
    {
        var ids = new List<string>();
        using (var connection = database.Open())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id FROM papers ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        var stride = ids.Count % Stride == 0 ? 1 : Stride;
        return [.. Enumerable.Range(0, ids.Count).Select(i => CatalogUrls.Paper(ids[(int)((long)i * stride % ids.Count)]))];
    }
}
