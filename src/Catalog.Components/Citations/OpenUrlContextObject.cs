using System.Text;
using Catalog.Components.Text;

namespace Catalog.Components.Citations;

/// <summary>A paper as an OpenURL ContextObject in key/encoded-value form (Z39.88-2004), the text of a COinS span: what
/// Zotero's COinS translator reads, one item a span, so a page of papers can be saved at once. A conference paper is a
/// book-format "proceeding" (article title, proceedings title), a journal article a journal-format article, a preprint
/// Dublin Core with Zotero's own type name. Authors are "Family, Given", in order, so no family name is guessed.</summary>
public static class OpenUrlContextObject
{
    public static string Of(Citation citation)
    {
        var kev = new StringBuilder("ctx_ver=Z39.88-2004");
        var title = TexText.ToPlain(citation.Title);
        switch (citation.Kind)
        {
            case CitationKind.Conference:
                Add(kev, "rft_val_fmt", "info:ofi/fmt:kev:mtx:book");
                Add(kev, "rft.genre", "proceeding");
                Add(kev, "rft.atitle", title);
                Add(kev, "rft.btitle", citation.Venue);
                break;
            case CitationKind.Journal:
                Add(kev, "rft_val_fmt", "info:ofi/fmt:kev:mtx:journal");
                Add(kev, "rft.genre", "article");
                Add(kev, "rft.atitle", title);
                Add(kev, "rft.jtitle", citation.Venue);
                break;
            default:
                // Dublin Core takes Zotero's type name; it must follow the title, which it would otherwise take for a container's.
                Add(kev, "rft_val_fmt", "info:ofi/fmt:kev:mtx:dc");
                Add(kev, "rft.title", title);
                Add(kev, "rft.type", citation.Kind == CitationKind.Preprint ? "preprint" : "document");
                Add(kev, "rft.publisher", citation.Kind == CitationKind.Preprint ? "arXiv" : null);
                break;
        }

        Add(kev, "rft.date", citation.DateText('-'));
        foreach (var author in citation.Authors)
        {
            Add(kev, "rft.au", author.FamilyFirst);
        }

        Add(kev, "rft_id", citation.Doi is { } doi ? $"info:doi/{doi}" : null);
        Add(kev, "rft_id", citation.Url ?? citation.PageUrl);
        return kev.ToString();
    }

    private static void Add(StringBuilder kev, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            kev.Append('&').Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }
    }
}
