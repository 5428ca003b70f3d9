using System.Text.RegularExpressions;

namespace Catalog.Data.Seeds;

/// <summary>ORCID iDs: four groups of four digits, the last character a checksum (ISO 7064 MOD 11-2) that may be X.</summary>
public static partial class Orcid
{
    /// <summary>True when <paramref name="id"/> is written "0000-0002-1825-0097" and its check character is right.</summary>
    public static bool IsValid(string id)
    {
        if (!Pattern().IsMatch(id))
        {
            return false;
        }

        var total = 0;
        foreach (var c in id[..^1])
        {
            if (c != '-')
            {
                total = (total + (c - '0')) * 2;
            }
        }

        var check = (12 - (total % 11)) % 11;
        return id[^1] == (check == 10 ? 'X' : (char)('0' + check));
    }

    public static string Url(string id) => $"https://orcid.org/{id}";

    [GeneratedRegex("^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$")]
    private static partial Regex Pattern();
}
