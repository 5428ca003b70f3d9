namespace Catalog.Data.Bibliography;

/// <summary>An author as a bibliography file gives it: the name as printed ("Sjoerd van Steenkiste") and, when the file
/// says which words they are, the family name ("van Steenkiste"), for people.yaml and citations.</summary>
public sealed record ImportedName(string Name, string? Family)
{
    /// <summary>How a seed file writes the name: "Family, Given" when the family name is not simply the last word (the one
    /// form the importer reads a family name from), else the name as printed.</summary>
    public string SeedForm
    {
        get
        {
            if (Family is not { Length: > 0 } family || !Name.EndsWith(family, StringComparison.Ordinal) || Name.Length == family.Length)
            {
                return Name;
            }

            var given = Name[..^family.Length].TrimEnd();
            return family.Contains(' ', StringComparison.Ordinal) && given.Length > 0 && !given.Contains(',', StringComparison.Ordinal)
                ? $"{family}, {given}"
                : Name;
        }
    }
}
