using System.Text;

namespace Catalog.Data.Tests.Search.Engine;

/// <summary>Random search-box input over a corpus: its own words and phrases (as printed in its papers), prefixes of
/// them, OR, exclusions and odd text, in the syntax people type.</summary>
public static class QueryText
{
    public static string Make(EngineCorpus corpus, Random random)
    {
        var parts = new List<string>();
        for (var n = 1 + random.Next(3); n > 0; n--)
        {
            var part = random.Next(10) switch
            {
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
            parts.Add("-" + (random.Next(2) == 0 ? Phrase(corpus, random, 1) : $"\"{Phrase(corpus, random, 2)}\""));
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

    private static string Prefix(string word, Random random)
    {
        var letters = new string([.. word.TakeWhile(char.IsLetterOrDigit)]);
        return letters.Length == 0 ? "graph*" : letters[..Math.Min(letters.Length, 1 + random.Next(5))] + "*";
    }
}
