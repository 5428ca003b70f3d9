namespace Catalog.Data.Tests.Infrastructure;

/// <summary>Who is who in the reference metadata: "Carlos Riquelme Ruiz" (2212.05055) and "Carlos Riquelme"
/// (2302.05442) are the same researcher (../shared/seeds/papers-metadata.md); every other name is a person of its own.</summary>
public static class ReferencePeople
{
    public const int People = 105;

    public const int NameStrings = 106;

    /// <summary>The name the catalog gives the person behind a printed name.</summary>
    public static string PersonOf(string printedName) => printedName == "Carlos Riquelme Ruiz" ? "Carlos Riquelme" : printedName;
}
