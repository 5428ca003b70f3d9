namespace Catalog.Data.Search.Engine.Analysis;

/// <summary>Words that carry a sentence, not its subject: Lucene's English stop words (EnglishAnalyzer's set), and the
/// words a question is asked with ("how do vision transformers scale"). A ranked search does not ask for them
/// (<see cref="Query.RankedFallback"/>); an every-word search still requires them, as FTS5 does.</summary>
public static class StopWords
{
    /// <summary>Lucene's <c>EnglishAnalyzer.ENGLISH_STOP_WORDS_SET</c>.</summary>
    public const string Lucene = "a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with";

    /// <summary>The words questions are asked with.</summary>
    public const string Questions = "how what which who whom whose why when where do does did can could would should";

    public static IReadOnlySet<string> English { get; } = new HashSet<string>(
        $"{Lucene} {Questions}".Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the word (as typed, any case) is a stop word.</summary>
    public static bool Contains(string word) => English.Contains(word);
}
