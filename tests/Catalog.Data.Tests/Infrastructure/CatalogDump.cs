using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Tests.Infrastructure;

/// <summary>Every row of every table of a catalog file as text, to compare two catalogs by content whatever their schema.</summary>
public static class CatalogDump
{
    public static IReadOnlyList<string> Rows(string dbPath)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = dbPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var tables = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new List<string>();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            using var reader = command.ExecuteReader();
            var tableRows = new List<string>();
            while (reader.Read())
            {
                var cells = Enumerable.Range(0, reader.FieldCount).Select(i => Cell(reader.GetValue(i)));
                tableRows.Add($"{table}: {string.Join(" | ", cells)}");
            }

            tableRows.Sort(StringComparer.Ordinal);
            rows.AddRange(tableRows);
        }

        return rows;
    }

    private static string Cell(object value) => value switch
    {
        DBNull => "NULL",
        byte[] bytes => Convert.ToHexString(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
