using System.Globalization;

namespace Catalog.Data.Seeds;

/// <summary>A publication date as precise as the seed gives it: a year, a month or a day.</summary>
public readonly record struct PaperDate(int Year, int? Month, int? Day)
{
    public static bool TryParse(string text, out PaperDate date)
    {
        date = default;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = text.Length switch
        {
            10 => new PaperDate(parsed.Year, parsed.Month, parsed.Day),
            7 => new PaperDate(parsed.Year, parsed.Month, null),
            _ => new PaperDate(parsed.Year, null, null),
        };
        return true;
    }

    /// <summary>The ISO form the seed used; it sorts correctly as text.</summary>
    public override string ToString() => (Month, Day) switch
    {
        (int m, int d) => FormattableString.Invariant($"{Year:D4}-{m:D2}-{d:D2}"),
        (int m, null) => FormattableString.Invariant($"{Year:D4}-{m:D2}"),
        _ => FormattableString.Invariant($"{Year:D4}"),
    };
}
