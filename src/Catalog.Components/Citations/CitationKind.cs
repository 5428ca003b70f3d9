namespace Catalog.Components.Citations;

/// <summary>What a paper is for a reference manager: it decides the BibTeX entry type, the RIS type and the CSL type.</summary>
public enum CitationKind
{
    /// <summary>In a conference's or workshop's proceedings: @inproceedings with booktitle.</summary>
    Conference,

    /// <summary>In a journal: @article with journal.</summary>
    Journal,

    /// <summary>Only on arXiv: @misc with eprint and archivePrefix.</summary>
    Preprint,

    /// <summary>Neither a known venue nor an arXiv id: @misc.</summary>
    Other,
}
