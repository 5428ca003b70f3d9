using Catalog.Data.Store;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Tests.Store;

/// <summary>Each order's index matches its ORDER BY exactly, so SQLite reads a sorted list straight off the index.</summary>
public sealed class PaperOrdersTests
{
    [Theory]
    [InlineData(PaperOrders.Newest, "papers_newest")]
    [InlineData(PaperOrders.Oldest, "papers_oldest")]
    [InlineData(PaperOrders.Title, "papers_by_title")]
    public void An_order_is_read_off_its_index_without_sorting(string order, string index)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = CatalogSchema.Create + CatalogSchema.CreateIndexes;
            create.ExecuteNonQuery();
        }

        using var explain = connection.CreateCommand();
        explain.CommandText = $"EXPLAIN QUERY PLAN SELECT p.rowid FROM papers p ORDER BY {order}";
        using var reader = explain.ExecuteReader();
        var plan = new List<string>();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        Assert.Contains(plan, step => step.Contains(index, StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }
}
