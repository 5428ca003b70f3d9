using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>One paper read from a bibliography file (BibTeX, RIS, CSL-JSON, arXiv Atom or a Crossref answer), its text
/// already plain Unicode (TeX math kept as TeX), located by the file and line its entry starts on.</summary>
public sealed record ImportedPaper(string Path, int Line, string Title, IReadOnlyList<ImportedName> Authors)
{
    /// <summary>The entry's own key (a BibTeX citekey, a RIS ID, a CSL id), for messages.</summary>
    public string? Key { get; init; }

    public PaperDate? Date { get; init; }

    public string? Venue { get; init; }

    /// <summary>"10.registrant/suffix", lower-cased nowhere: DOIs compare ignoring case.</summary>
    public string? Doi { get; init; }

    /// <summary>The arXiv id without its version ("2302.05442", "hep-th/9901001").</summary>
    public string? Arxiv { get; init; }

    public string? Url { get; init; }

    public string? Pdf { get; init; }

    public IReadOnlyList<string> Subjects { get; init; } = [];

    /// <summary>The abstract as plain text, paragraphs separated by a blank line; "" when there is none.</summary>
    public string Abstract { get; init; } = "";

    /// <summary>Where the paper was read from, as a problem names it: "refs.bib:12".</summary>
    public string Location => FormattableString.Invariant($"{Path}:{Line}");
}
