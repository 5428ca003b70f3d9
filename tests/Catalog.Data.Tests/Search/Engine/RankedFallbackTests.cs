using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Collectors;
using Catalog.Data.Search.Engine.Query;
using CsCheck;

namespace Catalog.Data.Tests.Search.Engine;

/// <summary>The ranked search behind an every-word search that finds too little (issue 18): its papers are FTS5's for
/// an OR of the words; a share of the words, when asked, is held by every match and by no paper left out; coordination
/// keeps the block-max top k equal to scoring every match; and the fallback keeps the operators' meaning.</summary>
public sealed class RankedFallbackTests(EngineCorpus corpus) : IClassFixture<EngineCorpus>
{
    private static readonly RankingSettings s_anyWord = RankingSettings.Default with { MinimumShouldMatchShare = 0, CoordinationExponent = 0 };

    [Fact]
    public void A_ranked_search_finds_what_fts5_finds_for_an_or_of_its_words()
    {
        var asked = 0;
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var words = Words(new Random(seed), 2 + (seed % 6));
            if (RankedFallback.Relax(SearchQueryParser.Parse(string.Join(' ', words)), s_anyWord) is not { } ranked)
            {
                return;
            }

            asked++;
            var expected = corpus.Fts5Ranked(corpus.Expanded(ranked.Query with { Required = [[.. ranked.Query.Optional.SelectMany(g => g)]], Optional = [] }));
            var actual = Ranked(ranked.Query, s_anyWord);
            Assert.Equal(expected.Order(), actual.Order());
        }, iter: 400, threads: 1);
        Assert.True(asked > 300, $"{asked} queries ranked");
    }

    [Fact]
    public void Every_match_holds_the_share_of_words_asked_and_no_paper_holding_it_is_left_out()
    {
        var settings = RankingSettings.Default with { MinimumShouldMatchShare = 0.5 };
        var tokenizer = new Tokenizer();
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var words = Words(new Random(seed), 4);
            if (RankedFallback.Relax(SearchQueryParser.Parse(string.Join(' ', words)), settings) is not { } ranked)
            {
                return;
            }

            Assert.Equal(Math.Max(1, ranked.Words / 2), ranked.Query.MinimumShouldMatch);
            var stems = ranked.Query.Optional.Select(g => tokenizer.Terms(g[0].Text)).ToList();
            var holding = corpus.Documents.Where(d =>
            {
                var terms = tokenizer.Terms($"{d.Title} {d.Authors} {d.Abstract}").ToHashSet(StringComparer.Ordinal);
                return stems.Count(s => s.Count == 1 && terms.Contains(s[0])) >= ranked.Query.MinimumShouldMatch;
            }).Select(d => d.RowId);
            var plainWords = stems.All(s => s.Count == 1);
            if (plainWords && !words.Any(w => corpus.Expanded(SearchQueryParser.Parse(w)).Required[0].Count > 1))
            {
                Assert.Equal(holding.Order(), Ranked(ranked.Query, settings).Order());
            }
        }, iter: 200, threads: 1);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1)]
    [InlineData(4)]
    public void Coordination_keeps_the_block_max_top_k_equal_to_scoring_every_match(double exponent)
    {
        Gen.Int[0, int.MaxValue].Sample(seed =>
        {
            var words = Words(new Random(seed), 3 + (seed % 4));
            if (RankedFallback.Relax(SearchQueryParser.Parse(string.Join(' ', words)), s_anyWord) is not { } ranked)
            {
                return;
            }

            var index = corpus.Engine.Index;
            var plan = QueryPlan.Create(index, ranked.Query);
            var matches = plan.Matches(index.DocumentCount);
            var fast = TopKCollector.Collect(matches, new ClauseScorer(plan, index.Columns.LengthNorms, exponent), 10);
            var plain = PlainTopK.CollectAll(matches, new ClauseScorer(plan, index.Columns.LengthNorms, exponent), 10);
            Assert.Equal(plain, fast);
        }, iter: 300, threads: 1);
    }

    [Fact]
    public void An_every_word_search_that_finds_enough_is_the_answer()
    {
        var answer = Search("model");
        Assert.Null(answer.Ranked);
        Assert.Equal(corpus.Fts5Ranked(SearchQueryParser.Parse("model")).Count, answer.Total);
    }

    [Fact]
    public void An_every_word_search_that_finds_nothing_falls_back_to_ranking_and_says_what_it_left_out()
    {
        var text = "how do the language models scale zzyzxq";
        var strict = corpus.Fts5Ranked(SearchQueryParser.Parse(text));
        Assert.Empty(strict);
        var answer = Search(text);
        Assert.NotNull(answer.Ranked);
        Assert.Equal(0, answer.Ranked.AllWordsTotal);
        Assert.Equal(["how", "do", "the"], answer.Ranked.StopWords);
        Assert.Equal(4, answer.Ranked.Words);
        Assert.True(answer.Total > 0);
    }

    [Fact]
    public void A_phrase_stays_required_and_an_exclusion_excluded_in_the_ranked_search()
    {
        var answer = Search("\"language models\" scaling zzyzxq -vision", take: 1000);
        Assert.NotNull(answer.Ranked);
        Assert.False(answer.Ranked.OperatorsOptional);
        var phrase = corpus.Fts5Ranked(SearchQueryParser.Parse("\"language models\"")).ToHashSet();
        var excluded = corpus.Fts5Ranked(SearchQueryParser.Parse("vision")).ToHashSet();
        Assert.NotEmpty(answer.RowIds);
        Assert.All(answer.RowIds, r => Assert.Contains(r, phrase));
        Assert.All(answer.RowIds, r => Assert.DoesNotContain(r, excluded));
    }

    [Fact]
    public void A_phrase_no_paper_has_becomes_optional_rather_than_find_nothing()
    {
        var answer = Search("Mouse models can be generated using \"artificial zzyzxq spermatids\"");
        Assert.NotNull(answer.Ranked);
        Assert.True(answer.Ranked.OperatorsOptional);
        Assert.True(answer.Total > 0);
    }

    [Theory]
    [InlineData("the")]
    [InlineData("to be or not to be")]
    [InlineData("\"zzyzxq spermatids\"")]
    [InlineData("title:zzyzxq")]
    public void A_query_with_nothing_to_rank_by_stays_an_every_word_search(string text) => Assert.Null(Search(text).Ranked);

    [Fact]
    public void A_long_query_is_ranked_even_when_every_word_finds_papers()
    {
        var settings = RankingSettings.Default;
        var words = corpus.Documents.First(d => d.Title.Split(' ').Length >= settings.LongQueryWords + 2).Title;
        var answer = Search(words);
        Assert.NotNull(answer.Ranked);
    }

    private Catalog.Data.Search.Engine.EngineResult Search(string text, int take = 20) => corpus.Engine.Search(new EngineQuery
    {
        Query = SearchQueryParser.Parse(text),
        Matching = QueryMatching.AllWordsOrRanked,
        Take = take,
    });

    private List<long> Ranked(ParsedQuery query, RankingSettings settings) =>
        [.. corpus.Engine.Search(new EngineQuery { Query = query, Ranking = settings, Take = corpus.Documents.Count }).RowIds];

    /// <summary>Words of the papers' titles, as people type them.</summary>
    private List<string> Words(Random random, int count)
    {
        var titles = corpus.Documents.Select(d => d.Title).ToList();
        return [.. Enumerable.Range(0, count).Select(_ =>
        {
            var words = titles[random.Next(titles.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => new string([.. w.Where(char.IsLetterOrDigit)])).Where(w => w.Length > 0).ToList();
            return words.Count == 0 ? "model" : words[random.Next(words.Count)];
        })];
    }
}
