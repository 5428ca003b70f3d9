namespace Catalog.Components;

/// <summary>The search syntax in a sentence or two, as the README and the page footer give it: the API's document
/// describes its q parameter with it.</summary>
public static class SearchSyntax
{
    public const string Description = "The search, with the site's syntax: words (all must match), \"a phrase\", -word to exclude, "
        + "a OR b, prefix*, =word or exact:word (the word as written, not stemmed: =transformers does not find transformer; "
        + "=\"a phrase\" and title:=word too); field terms title:word, author:word or author:\"First Last\", abstract:\"a phrase\" (a word, phrase or "
        + "prefix in that field only), venue:ICLR (the venue holds the words), year:2023, year:2021..2023, year:2021.., year:..2023 "
        + "(inclusive; venue and year terms filter without ranking); all combine with OR and -. Field names are case-insensitive; "
        + "a field word that is not well formed (foo:bar, title:, year:abc, year:2023..2021) is searched as plain text. A hyphenated "
        + "word also finds its joined form (fine-tuning finds finetuning), a joined word the hyphenated one where the catalog prints it, "
        + "and a Greek letter its TeX name (Λ-DARTS finds $\\Lambda$-DARTS). When every word finds fewer than 10 papers, or the search has 6 words or more, "
        + "papers with some of the words are ranked (ranked says so; match=all asks for every word). A search with fewer than 3 results may answer didYouMean.";
}
