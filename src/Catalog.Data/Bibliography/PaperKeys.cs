using System.Globalization;
using System.Text;
using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>What makes two records the same paper: the same arXiv id, the same DOI (ignoring case), or the same title
/// and year once case, accents, TeX, punctuation and spacing are set aside.</summary>
public static class PaperKeys
{
    public static IEnumerable<(string Key, string Why)> Of(string? arxiv, string? doi, string title, int? year)
    {
        var id = ArxivIds.FromEprint(arxiv) ?? ArxivIds.FromDoi(doi);
        if (id is not null)
        {
            yield return ($"arxiv:{id.ToLowerInvariant()}", $"arXiv id {id}");
        }

        if (doi is not null)
        {
            yield return ($"doi:{doi.ToLowerInvariant()}", $"DOI {doi}");
        }

        var folded = Title(title);
        if (folded.Length > 0)
        {
            yield return ($"title:{folded}:{year?.ToString(CultureInfo.InvariantCulture)}", year is null ? "title" : "title and year");
        }
    }

    public static IEnumerable<(string Key, string Why)> Of(ImportedPaper paper) => Of(paper.Arxiv, paper.Doi, paper.Title, paper.Date?.Year);

    public static IEnumerable<(string Key, string Why)> Of(SeedPaper paper) => Of(paper.Arxiv, paper.Doi, paper.Title, paper.Date?.Year);

    /// <summary>"Scaling Vision Transformers to 22 Billion Parameters." and "{S}caling vision transformers to 22
    /// billion parameters" are one title: letters and digits only, folded like a name search.</summary>
    public static string Title(string title)
    {
        var folded = AuthorNames.Fold(TexToUnicode.Convert(title));
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
