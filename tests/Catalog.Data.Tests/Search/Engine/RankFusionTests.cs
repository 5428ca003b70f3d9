using Catalog.Data.Search;
using Catalog.Data.Search.Engine;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Tests.Search.Engine;

/// <summary>Words and meaning fused (issue 18): the fused order is reciprocal rank fusion of the words' ranking and the
/// meaning's; meaning adds papers only where no required phrase or field term is asked for, and never one the filters or
/// exclusions turn away; an every-word answer never asks for meaning. The meaning here is a fixed order of the corpus's
/// papers (a stand-in for a query's embedding: the fusion, not the model, is under test).</summary>
public sealed class RankFusionTests(EngineCorpus corpus) : IClassFixture<EngineCorpus>
{
    private const string Claim = "scaling vision transformers to billions of parameters zzyzxq";

    [Fact]
    public void The_fused_order_is_reciprocal_rank_fusion_of_the_words_ranking_and_the_meanings()
    {
        var settings = RankingSettings.Default;
        var meaning = new FixedMeaning(corpus);
        var byWords = Search(Claim, meaning: null, take: settings.FusionDepth).RowIds.ToList();
        var answer = Search(Claim, meaning, take: 20);

        var near = meaning.Order.Take(settings.FusionDepth).ToList();
        double Rrf(long rowId) =>
            (byWords.IndexOf(rowId) is var w and >= 0 ? 1.0 / (settings.FusionK + w + 1) : 0)
            + (near.IndexOf(rowId) is var m and >= 0 ? settings.MeaningWeight / (settings.FusionK + m + 1) : 0);
        var expected = byWords.Union(near).OrderByDescending(Rrf)
            .ThenBy(r => byWords.IndexOf(r) is var w and >= 0 ? w : int.MaxValue)
            .ThenBy(r => near.IndexOf(r))
            .Take(20);
        Assert.Equal(expected, answer.RowIds);
        Assert.True(answer.Ranked!.Meaning);
        var everyMatch = Search(Claim, meaning: null, take: corpus.Documents.Count).RowIds;
        Assert.Equal(everyMatch.Union(near).Count(), answer.Total);
        Assert.Equal(answer.Total - Search(Claim, meaning: null, take: 0).Total, answer.Ranked.MeaningOnly);
    }

    [Fact]
    public void Papers_found_by_meaning_alone_say_so_and_hold_no_word_of_the_search()
    {
        var answer = Search(Claim, new FixedMeaning(corpus), take: corpus.Documents.Count);
        var byWords = Search(Claim, meaning: null, take: corpus.Documents.Count).RowIds.ToHashSet();
        var explanations = corpus.Engine.Explain(answer);
        var meaningOnly = answer.RowIds.Zip(explanations).Where(p => p.Second.Fusion is { MeaningOnly: true }).ToList();
        Assert.NotEmpty(meaningOnly);
        Assert.All(meaningOnly, p =>
        {
            Assert.DoesNotContain(p.First, byWords);
            Assert.Empty(p.Second.Terms);
            Assert.Equal(0, p.Second.Score);
            Assert.NotNull(p.Second.Fusion!.Similarity);
        });
        Assert.Equal(Enumerable.Range(1, explanations.Count(e => e.Fusion is not null)), explanations.Where(e => e.Fusion is not null).Select(e => e.Fusion!.FusedRank));
    }

    [Fact]
    public void Filters_exclusions_and_required_phrases_hold_for_every_paper_meaning_brings()
    {
        var meaning = new FixedMeaning(corpus);
        var year = corpus.Documents.GroupBy(d => d.Year).OrderByDescending(g => g.Count()).First().Key!.Value;
        var filtered = Search($"{Claim} year:{year}", meaning, take: 1000);
        Assert.NotEmpty(filtered.RowIds);
        Assert.All(filtered.RowIds, r => Assert.Equal(year, corpus.Documents.Single(d => d.RowId == r).Year));

        var excluded = corpus.Fts5Ranked(SearchQueryParser.Parse("vision")).ToHashSet();
        var withoutVision = Search($"{Claim} -vision", meaning, take: 1000);
        Assert.All(withoutVision.RowIds, r => Assert.DoesNotContain(r, excluded));

        var phrase = corpus.Fts5Ranked(SearchQueryParser.Parse("\"language models\"")).ToHashSet();
        var withPhrase = Search($"\"language models\" {Claim}", meaning, take: 1000);
        Assert.NotEmpty(withPhrase.RowIds);
        Assert.All(withPhrase.RowIds, r => Assert.Contains(r, phrase));
        Assert.Equal(0, withPhrase.Ranked!.MeaningOnly);
    }

    [Fact]
    public void An_every_word_answer_and_a_sort_by_date_never_ask_for_meaning()
    {
        var meaning = new FixedMeaning(corpus);
        Assert.Null(Search("model", meaning, take: 20).Ranked);
        var newest = corpus.Engine.Search(new EngineQuery
        {
            Query = SearchQueryParser.Parse(Claim),
            Matching = QueryMatching.AllWordsOrRanked,
            Meaning = meaning,
            Sort = SearchSort.Newest,
        });
        Assert.False(newest.Ranked!.Meaning);
        Assert.Equal(0, meaning.Asked);
    }

    private EngineResult Search(string text, IMeaningRanking? meaning, int take) => corpus.Engine.Search(new EngineQuery
    {
        Query = SearchQueryParser.Parse(text),
        Matching = QueryMatching.AllWordsOrRanked,
        Meaning = meaning,
        Take = take,
    });

    /// <summary>A meaning that ranks the papers in a fixed shuffled order, similarity falling with the rank.</summary>
    private sealed class FixedMeaning(EngineCorpus corpus) : IMeaningRanking
    {
        public List<long> Order { get; } = [.. corpus.Documents.Select(d => d.RowId).OrderBy(r => (r * 2654435761L) % 1000003)];

        public int Asked { get; private set; }

        public IReadOnlyList<MeaningHit> Nearest(int take, Func<long, bool>? allowed)
        {
            Asked++;
            return [.. Order.Where(allowed ?? (_ => true)).Take(take).Select((r, i) => new MeaningHit(r, 1.0 - (i / 1000.0)))];
        }
    }
}
