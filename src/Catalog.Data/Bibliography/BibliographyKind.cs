namespace Catalog.Data.Bibliography;

/// <summary>The formats <see cref="BibliographyFileReader"/> reads.</summary>
public enum BibliographyKind
{
    Unknown,
    BibTex,
    Ris,
    CslJson,
    Atom,
}
