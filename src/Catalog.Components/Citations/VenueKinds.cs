using System.Text.RegularExpressions;

namespace Catalog.Components.Citations;

/// <summary>Tells a journal from a conference by the venue's name, as the seeds write it ("ICLR 2023", "JMLR 25(70), 2024",
/// "TMLR 2023", "arXiv").</summary>
public static partial class VenueKinds
{
    public static CitationKind Of(string? venue, string? arxiv)
    {
        if (string.IsNullOrWhiteSpace(venue) || ArxivOnly().IsMatch(venue))
        {
            return arxiv is null ? CitationKind.Other : CitationKind.Preprint;
        }

        return Journal().IsMatch(venue) ? CitationKind.Journal : CitationKind.Conference;
    }

    [GeneratedRegex(@"^\s*(arxiv|preprint|corr)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArxivOnly();

    // Journals by word, and the machine-learning journals known by their acronyms.
    [GeneratedRegex(@"\b(journal|transactions|letters|magazine|review|TMLR|JMLR|TACL|TPAMI|IJCV|PAMI|Nature|Science|PLOS|Computational Linguistics)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Journal();
}
