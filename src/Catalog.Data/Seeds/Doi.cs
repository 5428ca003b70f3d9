using System.Text.RegularExpressions;

namespace Catalog.Data.Seeds;

/// <summary>DOIs as the registries write them, "10.1145/3292500.3330701": a directory indicator 10, a registrant code
/// of digits (dotted subdivisions allowed), a slash, and a suffix without spaces.</summary>
public static partial class Doi
{
    public static bool IsValid(string text) => Pattern().IsMatch(text);

    public static string Url(string doi) => $"https://doi.org/{doi}";

    [GeneratedRegex(@"^10\.[0-9]{4,9}(\.[0-9]+)*/\S+$")]
    private static partial Regex Pattern();
}
