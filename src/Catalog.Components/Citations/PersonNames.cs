namespace Catalog.Components.Citations;

/// <summary>Splits a name as printed ("Mostafa Dehghani", "Ludwig van Beethoven") into family and given names. With the
/// family name the store keeps for it, the given names are the rest of the name; without one, the last word is the family
/// name, with the lower-case particles before it.</summary>
public static class PersonNames
{
    public static CitationName Split(string name, string? family)
    {
        var trimmed = name.Trim();
        if (string.IsNullOrWhiteSpace(family) || family.Trim() is not { } known)
        {
            return Split(trimmed);
        }

        return trimmed.EndsWith(known, StringComparison.Ordinal) ? new CitationName(known, trimmed[..^known.Length].Trim().TrimEnd(','))
            : trimmed.StartsWith(known, StringComparison.Ordinal) ? new CitationName(known, trimmed[known.Length..].Trim().TrimStart(',').Trim())
            : Split(trimmed);
    }

    private static readonly HashSet<string> s_particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "ter", "ten", "bin", "al",
    };

    public static CitationName Split(string name)
    {
        var trimmed = name.Trim();
        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            return new CitationName(trimmed[..comma].Trim(), trimmed[(comma + 1)..].Trim());
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 1)
        {
            return new CitationName(trimmed, "");
        }

        var start = words.Length - 1;
        while (start > 1 && s_particles.Contains(words[start - 1]))
        {
            start--;
        }

        return new CitationName(string.Join(' ', words[start..]), string.Join(' ', words[..start]));
    }
}
