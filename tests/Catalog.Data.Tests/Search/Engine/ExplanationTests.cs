using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Explain;
using Catalog.Data.Search.Engine.Query;
using CsCheck;

namespace Catalog.Data.Tests.Search.Engine;

/// <summary>Explanations of scores (issue 18): a paper's explained score is the bm25 FTS5 gives it, its terms' parts
/// and its fields' parts add up to it, and each field's count is the number of times the word stands there; and once per
/// search, what each typed term became.</summary>
public sealed class ExplanationTests(EngineCorpus corpus) : IClassFixture<EngineCorpus>
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void An_explained_score_is_the_bm25_fts5_gives_the_paper_and_its_parts_add_up_to_it()
    {
        var explained = 0;
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var query = SearchQueryParser.Parse(QueryText.Make(corpus, new Random(seed)));
            var expression = corpus.Expanded(query).MatchExpression;
            var answer = corpus.Engine.Search(new EngineQuery { Query = query });
            var explanations = corpus.Engine.Explain(answer);
            if (expression is null || corpus.Expected(query) is null || answer.RowIds.Count == 0)
            {
                return;
            }

            Assert.Equal(answer.RowIds.Count, explanations.Count);
            foreach (var (rowId, why) in answer.RowIds.Zip(explanations))
            {
                explained++;
                Assert.Equal(corpus.Fts5Score(expression, rowId)!.Value, why.Score, Close(why.Score));
                Assert.Equal(why.Score, why.Terms.Sum(t => t.Score), Close(why.Score));
                Assert.Equal(why.Score, why.Fields.Sum(f => f.Score), Close(why.Score));
                Assert.All(why.Terms, t => Assert.Equal(t.Score, t.Fields.Sum(f => f.Score), Close(t.Score)));
                Assert.Equal(1.0, why.Coordination);
            }
        }, iter: 300, threads: 1);
        Assert.True(explained > 500, $"{explained} papers explained");
    }

    [Fact]
    public void A_words_count_in_a_field_is_how_many_times_the_field_holds_it()
    {
        var tokenizer = new Tokenizer();
        var byRow = corpus.Documents.ToDictionary(d => d.RowId);
        var checkedTerms = 0;
        foreach (var word in corpus.Words.Take(200))
        {
            var answer = corpus.Engine.Search(new EngineQuery { Query = SearchQueryParser.Parse(word), Take = 5 });
            foreach (var (rowId, why) in answer.RowIds.Zip(corpus.Engine.Explain(answer)))
            {
                var document = byRow[rowId];
                foreach (var term in why.Terms.Where(t => t.IndexTerms is [var stem] && !stem.EndsWith('*')))
                {
                    checkedTerms++;
                    var stem = term.IndexTerms[0];
                    int Count(string text) => tokenizer.Terms(text).Count(t => TermText.ToDisplay(t) == stem);
                    var expected = new[] { ("title", Count(document.Title)), ("authors", Count(document.Authors)), ("abstract", Count(document.Abstract)) }
                        .Where(f => f.Item2 > 0);
                    Assert.Equal(expected, term.Fields.Select(f => (f.Field, f.Count)));
                }
            }
        }

        Assert.True(checkedTerms > 300, $"{checkedTerms} terms checked");
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2)]
    public void A_ranked_search_explains_its_coordination_and_still_adds_up(double exponent)
    {
        var settings = RankingSettings.Default with { CoordinationExponent = exponent };
        var answer = corpus.Engine.Search(new EngineQuery
        {
            Query = SearchQueryParser.Parse("scaling vision transformers zzyzxq"),
            Matching = QueryMatching.AllWordsOrRanked,
            Ranking = settings,
        });
        Assert.NotNull(answer.Ranked);
        var explanations = corpus.Engine.Explain(answer);
        Assert.NotEmpty(explanations);
        Assert.All(explanations, why =>
        {
            Assert.InRange(why.Coordination, 0, 0.999);
            Assert.Equal(why.Score, why.Terms.Sum(t => t.Score), Close(why.Score));
        });
        Assert.True(explanations.Zip(explanations.Skip(1)).All(p => p.First.Score >= p.Second.Score - Tolerance), "explained in score order");
    }

    [Fact]
    public void The_query_explanation_says_what_each_typed_term_became()
    {
        var answer = corpus.Engine.Search(new EngineQuery { Query = SearchQueryParser.Parse("transformers \"language models\" scal* -vision year:2023") });
        var words = corpus.Engine.ExplainQuery(answer)!.Words;
        Assert.Equal(
            [
                new QueryWord("transformers", "required", ["transform"]),
                new QueryWord("\"language models\"", "required", ["\"languag model\""]),
                new QueryWord("scal*", "required", ["scal*"]),
                new QueryWord("year:2023", "filter", ["year:2023"]),
                new QueryWord("vision", "excluded", ["vision"]),
            ],
            words.Select(w => w with { SearchedAs = [.. w.SearchedAs] }),
            new QueryWordComparer());
    }

    [Fact]
    public void A_search_without_words_has_nothing_to_explain()
    {
        var answer = corpus.Engine.Search(new EngineQuery { Query = SearchQueryParser.Parse("year:2023") });
        Assert.Empty(corpus.Engine.Explain(answer));
    }

    private static double Close(double value) => Tolerance * Math.Max(1, Math.Abs(value));

    private sealed class QueryWordComparer : IEqualityComparer<QueryWord>
    {
        public bool Equals(QueryWord? x, QueryWord? y) =>
            x is not null && y is not null && x.Typed == y.Typed && x.Role == y.Role && x.SearchedAs.SequenceEqual(y.SearchedAs);

        public int GetHashCode(QueryWord obj) => obj.Typed.GetHashCode(StringComparison.Ordinal);
    }
}
