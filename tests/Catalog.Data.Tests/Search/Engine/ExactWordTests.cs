using Catalog.Data.Search;
using Catalog.Data.Search.Engine;
using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Highlight;
using Catalog.Data.Search.Engine.Query;
using CsCheck;

namespace Catalog.Data.Tests.Search.Engine;

/// <summary>The exact switch (issue 18): <c>=word</c>, <c>exact:word</c> and <c>title:=word</c> match a word as written,
/// without stemming: exactly the papers whose text has a token of that folded form, held to the tokenizer's own forms
/// of each paper's text (no FTS5 to compare with: FTS5's porter tokenizer keeps no unstemmed form).</summary>
public sealed class ExactWordTests(EngineCorpus corpus) : IClassFixture<EngineCorpus>
{
    [Fact]
    public void An_exact_word_finds_the_papers_with_that_form_and_no_other()
    {
        var forms = Forms();
        var surfaces = forms.SelectMany(f => f.Value.SelectMany(field => field)).Select(t => t.Surface).Distinct().Order(StringComparer.Ordinal).ToList();
        var (ownForms, asked) = (0, 0);
        Gen.Int[0, surfaces.Count - 1].Sample(i =>
        {
            var surface = surfaces[i];
            asked++;
            ownForms += new Tokenizer().Terms(surface) is [var stem] && stem == surface ? 1 : 0;
            var expected = forms.Where(f => f.Value.Any(field => field.Any(t => t.Surface == surface))).Select(f => f.Key).Order();
            var word = TermText.ToDisplay(surface);
            if (!IsExactWord($"={word}"))
            {
                return;
            }

            Assert.Equal(expected, Matches($"={word}"));
            Assert.Equal(expected, Matches($"exact:{word}"));
        }, iter: 400, threads: 1);
        Assert.True(asked > 300 && ownForms > 50, $"{asked} words asked, {ownForms} of them their own stem");
    }

    [Fact]
    public void An_exact_word_in_a_field_and_an_exact_phrase_hold_to_the_field_and_the_order()
    {
        var forms = Forms();
        var random = new Random(18);
        for (var n = 0; n < 200; n++)
        {
            var (rowId, fields) = forms.ElementAt(random.Next(forms.Count));
            var abstractTokens = fields[2];
            if (abstractTokens.Count < 3)
            {
                continue;
            }

            var at = random.Next(abstractTokens.Count - 1);
            var (first, second) = (abstractTokens[at].Surface, abstractTokens[at + 1].Surface);
            var (firstWord, secondWord) = (TermText.ToDisplay(first), TermText.ToDisplay(second));
            var phrase = forms.Where(f => f.Value.Any(field => field.Zip(field.Skip(1)).Any(p => p.First.Surface == first && p.Second.Surface == second))).Select(f => f.Key).Order();
            Assert.Contains(rowId, phrase);
            if (IsExactWord($"=\"{firstWord} {secondWord}\""))
            {
                Assert.Equal(phrase, Matches($"=\"{firstWord} {secondWord}\""));
            }
            var inTitle = forms.Where(f => f.Value[0].Any(t => t.Surface == first)).Select(f => f.Key).Order();
            if (IsExactWord($"title:={firstWord}"))
            {
                Assert.Equal(inTitle, Matches($"title:={firstWord}"));
            }
        }
    }

    [Fact]
    public void An_exact_word_finds_fewer_papers_than_the_word_and_marks_only_its_own_form()
    {
        var plain = Matches("transformers");
        var exact = Matches("=transformers");
        var own = Matches("=transformer");
        Assert.NotEmpty(exact);
        Assert.NotEmpty(own);
        Assert.Subset(plain.ToHashSet(), exact.ToHashSet());
        Assert.True(exact.Count < plain.Count, $"{exact.Count} of {plain.Count}");

        var answer = corpus.Engine.Search(new EngineQuery { Query = SearchQueryParser.Parse("=transformer") });
        var highlighter = SearchEngine.Highlighter(answer)!;
        var marked = highlighter.Highlight("Transformers: a transformer, Transformer's and transformed");
        Assert.Equal($"Transformers: a {SearchMarks.Start}transformer{SearchMarks.End}, {SearchMarks.Start}Transformer{SearchMarks.End}'s and transformed", marked);
    }

    [Fact]
    public void An_exact_word_is_kept_as_written_by_the_ranked_search_and_explained_with_its_mark()
    {
        var answer = corpus.Engine.Search(new EngineQuery
        {
            Query = SearchQueryParser.Parse("=transformers zzyzxq scaling"),
            Matching = QueryMatching.AllWordsOrRanked,
        });
        Assert.NotNull(answer.Ranked);
        var exact = Matches("=transformers").ToHashSet();
        Assert.All(answer.RowIds, r => Assert.Contains(r, exact));
        var word = corpus.Engine.ExplainQuery(answer)!.Words[0];
        Assert.Equal(("=transformers", "required"), (word.Typed, word.Role));
        Assert.Equal(["=transformers"], word.SearchedAs);
    }

    /// <summary>True when the text is read as one word or phrase as written: not a symbol the parser drops (a word must
    /// hold a letter or a digit, as for any search).</summary>
    private static bool IsExactWord(string text) => SearchQueryParser.Parse(text).Required is [[{ IsExact: true }]];

    private List<long> Matches(string text) =>
        [.. corpus.Engine.Search(new EngineQuery { Query = SearchQueryParser.Parse(text), Take = corpus.Documents.Count }).RowIds.Order()];

    /// <summary>Each paper's tokens, field by field (title, authors, abstract), with their unstemmed forms.</summary>
    private Dictionary<long, List<(string Term, string Surface)>[]> Forms() => corpus.Documents.ToDictionary(
        d => d.RowId,
        d => new[] { Tokenizer.TermsAndSurfaces(d.Title), Tokenizer.TermsAndSurfaces(d.Authors), Tokenizer.TermsAndSurfaces(d.Abstract) });
}
