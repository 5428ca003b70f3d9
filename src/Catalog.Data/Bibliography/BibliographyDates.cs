using System.Globalization;
using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>Dates as bibliographies write them: ISO dates of any precision ("2023-02-10", "2023-02", "2023"), slashed ones
/// ("2023/02/10/", RIS's form), a year with a month given as a number, an English name or its abbreviation.</summary>
public static class BibliographyDates
{
    public static bool TryParse(string text, out PaperDate date)
    {
        date = default;
        var parts = text.Trim().TrimEnd('/').Replace('/', '-').Split('-');
        if (parts.Length is 0 or > 4 || !TryYear(parts[0], out var year))
        {
            return false;
        }

        int? month = null, day = null;
        if (parts.Length > 1 && parts[1].Length > 0)
        {
            if (!TryMonth(parts[1], out var m))
            {
                return false;
            }

            month = m;
            if (parts.Length > 2 && parts[2].Length > 0)
            {
                if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d < 1 || d > DateTime.DaysInMonth(year, m))
                {
                    return false;
                }

                day = d;
            }
        }

        date = new PaperDate(year, month, day);
        return true;
    }

    public static bool TryYear(string text, out int year) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 9999 && text.Trim().Length == 4;

    /// <summary>A month as 1 to 12, "January", "Jan" or "jan.".</summary>
    public static bool TryMonth(string text, out int month)
    {
        var trimmed = text.Trim().TrimEnd('.');
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out month))
        {
            return month is >= 1 and <= 12;
        }

        var names = DateTimeFormatInfo.InvariantInfo;
        for (var m = 1; m <= 12; m++)
        {
            if (trimmed.Equals(names.GetMonthName(m), StringComparison.OrdinalIgnoreCase)
                || trimmed.Equals(names.GetAbbreviatedMonthName(m), StringComparison.OrdinalIgnoreCase)
                || (m == 9 && trimmed.Equals("Sept", StringComparison.OrdinalIgnoreCase)))
            {
                month = m;
                return true;
            }
        }

        month = 0;
        return false;
    }
}
