using System.Globalization;

namespace Catalog.Data.Model;

/// <summary>Shows a stored date ("2023-02-02", "2023-02" or "2023") the way people read it.</summary>
public static class PaperDates
{
    public static string Display(string? date)
    {
        if (string.IsNullOrEmpty(date))
        {
            return "";
        }

        var culture = CultureInfo.InvariantCulture;
        return date.Length switch
        {
            10 when DateOnly.TryParseExact(date, "yyyy-MM-dd", culture, DateTimeStyles.None, out var d) => d.ToString("d MMM yyyy", culture),
            7 when DateOnly.TryParseExact(date, "yyyy-MM", culture, DateTimeStyles.None, out var m) => m.ToString("MMM yyyy", culture),
            _ => date,
        };
    }
}
