using System.Text;

namespace Catalog.Data.Tests.Search.Engine;

/// <summary>Random search-box input over a corpus: its own words and phrases (as printed in its papers), prefixes of
/// them, OR, exclusions, field terms (title:, author:, abstract:, venue:, year: and ranges, well and badly formed),
/// its hyphen compounds hyphenated and joined, Greek letters, and odd text, in the syntax people type.</summary>
public static class QueryText
{
    public static string Make(EngineCorpus corpus, Random random)
    {
        var parts = new List<string>();
        for (var n = 1 + random.Next(3); n > 0; n--)
        {
            var part = random.Next(15) switch
            {
                10 => Field(random) + Text(corpus, random),
                11 => Years(random),
                12 => $"venue:{Venue(corpus, random)}",
                13 => Compound(corpus, random),
                14 => random.Next(2) == 0 ? "Λ-DARTS" : $"{"αβγλμσωℓ"[random.Next(8)]}{Phrase(corpus, random, 1)}",
                0 or 1 => $"\"{Phrase(corpus, random, 2 + random.Next(3))}\"",
                2 => Prefix(Phrase(corpus, random, 1), random),
                3 => $"{Phrase(corpus, random, 1)} OR {Phrase(corpus, random, 1)}",
                4 => OddText.Word(random),
                5 => corpus.Words[random.Next(corpus.Words.Count)],
                _ => Phrase(corpus, random, 1),
            };
            parts.Add(part);
        }

        if (random.Next(3) == 0)
        {
            parts.Add("-" + (random.Next(5) switch
            {
                0 => $"\"{Phrase(corpus, random, 2)}\"",
                1 => Field(random) + Text(corpus, random),
                2 => random.Next(2) == 0 ? Years(random) : $"venue:{Venue(corpus, random)}",
                3 => Compound(corpus, random),
                _ => Phrase(corpus, random, 1),
            }));
        }

        return string.Join(' ', parts);
    }

    /// <summary>Consecutive words of a random paper's title or abstract, as printed.</summary>
    private static string Phrase(EngineCorpus corpus, Random random, int words)
    {
        var document = corpus.Documents[random.Next(corpus.Documents.Count)];
        var text = random.Next(3) == 0 ? document.Title : random.Next(4) == 0 ? document.Authors : document.Abstract;
        var all = text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (all.Length == 0)
        {
            return "model";
        }

        var start = random.Next(all.Length);
        var builder = new StringBuilder();
        foreach (var word in all.Skip(start).Take(words))
        {
            builder.Append(word.Trim('"', '“', '”', '„', '«', '»', '*')).Append(' ');
        }

        return builder.ToString().Trim();
    }

    private static readonly string[] s_fields = ["title:", "author:", "abstract:", "TI:", "Author:", "abs:", "au:", "foo:", "title:", ""];

    private static string Field(Random random) => s_fields[random.Next(s_fields.Length)];

    /// <summary>A word, a phrase or a prefix, as follows a field name.</summary>
    private static string Text(EngineCorpus corpus, Random random) => random.Next(4) switch
    {
        0 => $"\"{Phrase(corpus, random, 2)}\"",
        1 => Prefix(Phrase(corpus, random, 1), random),
        _ => Phrase(corpus, random, 1),
    };

    /// <summary>A year or a range, inside and around the corpus's years (2000 to 2004 and the samples' own), or a
    /// badly formed one, which is plain text.</summary>
    private static string Years(Random random)
    {
        int Year() => random.Next(3) == 0 ? 2000 + random.Next(6) : 2017 + random.Next(9);
        return random.Next(8) switch
        {
            0 => $"year:{Year()}..",
            1 => $"year:..{Year()}",
            2 => $"year:{Year()}..{Year()}",
            3 => random.Next(2) == 0 ? "year:abc" : "YEAR:99999999999",
            4 => "year:..",
            _ => $"Year:{Year()}",
        };
    }

    /// <summary>A word of a paper's venue, or of its title (which most venues do not hold).</summary>
    private static string Venue(EngineCorpus corpus, Random random)
    {
        var document = corpus.Documents[random.Next(corpus.Documents.Count)];
        var words = (random.Next(4) > 0 && document.Venue is { } venue ? venue : document.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "arxiv" : words[random.Next(words.Length)].Trim('"', '“', '”', '„', '«', '»', '*');
    }

    /// <summary>One of the corpus's hyphen compounds, hyphenated, joined, or spaced.</summary>
    private static string Compound(EngineCorpus corpus, Random random)
    {
        var (left, right) = corpus.Compounds[random.Next(corpus.Compounds.Count)];
        return random.Next(3) switch
        {
            0 => $"{left}-{right}",
            1 => left + right,
            _ => $"{left}{right}*",
        };
    }

    private static string Prefix(string word, Random random)
    {
        var letters = new string([.. word.TakeWhile(char.IsLetterOrDigit)]);
        return letters.Length == 0 ? "graph*" : letters[..Math.Min(letters.Length, 1 + random.Next(5))] + "*";
    }
}
