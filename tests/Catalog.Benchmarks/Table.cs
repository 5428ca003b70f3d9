using System.Globalization;
using System.Text;

namespace Catalog.Benchmarks;

/// <summary>A plain-text table: the first column left-aligned, the others right-aligned, as figures read best.</summary>
public sealed class Table(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Left-align every column, for a table of names and descriptions rather than figures.</summary>
    public bool LeftAligned { get; init; }

    public Table Row(params object?[] cells)
    {
        _rows.Add([.. cells.Select(Format)]);
        return this;
    }

    public void Print(TextWriter? writer = null)
    {
        writer ??= Console.Out;
        var widths = headers.Select((h, i) => _rows.Select(r => i < r.Length ? r[i].Length : 0).Append(h.Length).Max()).ToArray();
        writer.WriteLine(Line(headers, widths));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            writer.WriteLine(Line(row, widths));
        }

        writer.WriteLine();
    }

    /// <summary>Milliseconds with the precision a reader needs: 0.0004, 0.042, 1.23, 12.3, 1,234.</summary>
    public static string Ms(double ms) => double.IsNaN(ms) ? "-" : ms switch
    {
        < 0.01 => ms.ToString("0.0000", CultureInfo.InvariantCulture),
        < 1 => ms.ToString("0.000", CultureInfo.InvariantCulture),
        < 10 => ms.ToString("0.00", CultureInfo.InvariantCulture),
        < 100 => ms.ToString("0.0", CultureInfo.InvariantCulture),
        _ => ms.ToString("N0", CultureInfo.InvariantCulture),
    };

    public static string Ratio(double ratio) => double.IsNaN(ratio) || double.IsInfinity(ratio) ? "-" : ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x";

    public static string MiB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("N1", CultureInfo.InvariantCulture) + " MiB";

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Format(object? cell) => cell switch
    {
        null => "-",
        string s => s,
        double d => Ms(d),
        int or long => Convert.ToInt64(cell, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    private string Line(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : "";
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(i == 0 || LeftAligned ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]));
        }

        return line.ToString().TrimEnd();
    }
}
