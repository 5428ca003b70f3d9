using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Query;
using Catalog.Data.Search.Engine.Suggest;
using Catalog.Data.Text;
using CsCheck;

namespace Catalog.Data.Tests.Search.Engine;

/// <summary>"Did you mean" over the engine corpus: a misspelt word gets a real word of the corpus back, and a suggestion
/// is only ever a search with more results than the one asked.</summary>
public sealed class DidYouMeanTests(EngineCorpus corpus) : IClassFixture<EngineCorpus>
{
    [Fact]
    public void ASuggestionAlwaysFindsMoreThanTheSearch()
    {
        var offered = 0;
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var random = new Random(seed);
            var text = random.Next(2) == 0 ? Misspell(corpus.Words[random.Next(corpus.Words.Count)], random) : QueryText.Make(corpus, random);
            var asked = new EngineQuery { Query = SearchQueryParser.Parse(text), Year = random.Next(4) == 0 ? 2001 : null };
            var total = corpus.Engine.Search(asked).Total;
            if (corpus.Engine.Suggest(asked, total) is not { } suggestion)
            {
                return;
            }

            offered++;
            Assert.True(total < SpellingSuggestion.FewResults);
            Assert.True(corpus.Engine.Search(asked with { Query = SearchQueryParser.Parse(suggestion) }).Total > total, $"{text} -> {suggestion}");
        }, iter: 400, threads: 1);
        Assert.True(offered > 20, $"{offered} suggestions");
    }

    [Theory]
    [InlineData("transfromer", "transformer")]
    [InlineData("langauge modles", "language models")]
    [InlineData("author:lucci", "author:lucic")]
    [InlineData("scaling -vision lerning", "scaling learning -vision")]
    public void AMisspeltWordGetsTheCorpusWord(string text, string expected)
    {
        var asked = new EngineQuery { Query = SearchQueryParser.Parse(text) };

        Assert.Equal(expected, corpus.Engine.Suggest(asked, corpus.Engine.Search(asked).Total));
    }

    [Theory]
    [InlineData("transformer")]
    [InlineData("\"langauge modles\"")]
    [InlineData("zzzzzzzzzzqqq")]
    [InlineData("year:2001")]
    public void NoSuggestionForAFoundOrUnfixableSearch(string text)
    {
        var asked = new EngineQuery { Query = SearchQueryParser.Parse(text) };

        Assert.Null(corpus.Engine.Suggest(asked, corpus.Engine.Search(asked).Total));
    }

    [Fact]
    public void TheBoundedDistanceIsThePlainDistanceUpToItsBound()
    {
        Gen.Select(Gen.String[Gen.Char["abcd"], 0, 9], Gen.String[Gen.Char["abcd"], 0, 9], Gen.Int[0, 3]).Sample((a, b, max) =>
        {
            int[][] rows = [new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]];
            Assert.Equal(Math.Min(PlainDistance(a, b), max + 1), EditDistance.Within(a, b, max, rows));
        }, iter: 3000);
    }

    /// <summary>Optimal string alignment distance, the textbook table.</summary>
    private static int PlainDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string Misspell(string word, Random random)
    {
        if (word.Length < 4)
        {
            return word + "q";
        }

        var i = 1 + random.Next(word.Length - 2);
        return random.Next(3) switch
        {
            0 => word.Remove(i, 1),
            1 => word.Insert(i, "x"),
            _ => string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1, 1), word.AsSpan(i, 1), word.AsSpan(i + 2)),
        };
    }
}
