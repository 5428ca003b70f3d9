namespace Catalog.Components.Citations;

/// <summary>An author as citation formats want them: family name apart from the given names.</summary>
public sealed record CitationName(string Family, string Given)
{
    /// <summary>"Family, Given", the form BibTeX and RIS read without guessing; the family alone when no given name is known.</summary>
    public string FamilyFirst => Given.Length == 0 ? Family : $"{Family}, {Given}";
}
