using System.Diagnostics;
using Catalog.Data.Search.Engine.Build;
using Catalog.Data.Search.Engine.Collectors;
using Catalog.Data.Search.Engine.Explain;
using Catalog.Data.Search.Engine.Fusion;
using Catalog.Data.Search.Engine.Highlight;
using Catalog.Data.Search.Engine.Index;
using Catalog.Data.Search.Engine.Persistence;
using Catalog.Data.Search.Engine.Query;
using Catalog.Data.Search.Engine.Similar;
using Catalog.Data.Search.Engine.Suggest;

namespace Catalog.Data.Search.Engine;

/// <summary>The catalog's search engine, one per catalog version, held in memory: an inverted index with positions,
/// FTS5's bm25 with the catalog's field weights, a block-max top k, and facet counts from per-paper columns. It matches
/// exactly the papers FTS5 (<c>porter unicode61 remove_diacritics 2</c>) matches, and ranks them by the same scores.
/// Thread-safe: searches share nothing but the read-only index.</summary>
public sealed class SearchEngine
{
    private readonly SearchIndex _index;

    private SearchEngine(SearchIndex index, TimeSpan buildTime) => (_index, BuildTime) = (index, buildTime);

    public int DocumentCount => _index.DocumentCount;

    public int TermCount => _index.Terms.Count;

    /// <summary>Memory the index's arrays hold, in bytes.</summary>
    public long Bytes => _index.Bytes;

    /// <summary>How long building or opening the engine took.</summary>
    public TimeSpan BuildTime { get; }

    /// <summary>Builds the engine from papers in rowid order and the store's sort orders.</summary>
    public static SearchEngine Build(IEnumerable<EngineDocument> documents, EngineSortOrders orders)
    {
        var started = Stopwatch.GetTimestamp();
        var index = IndexBuilder.Build(documents, orders);
        return new SearchEngine(index, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Opens the engine the store saved (<see cref="SavedEngine"/>), or builds it from the store's papers when it
    /// saved none.</summary>
    public static SearchEngine Open(IEngineStore store)
    {
        var started = Stopwatch.GetTimestamp();
        var index = SavedEngine.Read(store) ?? BuildIndex(store);
        return new SearchEngine(index, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Builds the engine from the store's papers and saves it there, for <see cref="Open"/>.</summary>
    public static void BuildAndSave(IEngineStore store) => SavedEngine.Write(store, BuildIndex(store));

    /// <summary>The index of every paper in the store, built from them: the one way an index is built from a store, for
    /// opening, saving and the tests.</summary>
    internal static SearchIndex BuildIndex(IEngineStore store) => IndexBuilder.Build(store.Documents(), store.SortOrders());

    /// <summary>The search: papers with every word; with <see cref="QueryMatching.AllWordsOrRanked"/>, when those are
    /// too few or the query is a sentence, the ranked search instead (<see cref="RankedFallback"/>), and the answer says
    /// so.</summary>
    public EngineResult Search(EngineQuery query)
    {
        var plan = QueryPlan.Create(_index, query.Query);
        var matches = Matches(plan, query);
        if (query.Matching == QueryMatching.AllWordsOrRanked
            && RankedFallback.Relax(query.Query, query.Ranking) is { } ranked
            && RankedFallback.IsNeeded(ranked, matches.Count, _index.DocumentCount, query.Ranking))
        {
            var rankedPlan = QueryPlan.Create(_index, ranked.Query);
            var rankedMatches = Matches(rankedPlan, query);
            if (rankedMatches.Count == 0 && RankedFallback.Loosen(ranked) is { } loosened)
            {
                (ranked, rankedPlan) = (loosened, QueryPlan.Create(_index, loosened.Query));
                rankedMatches = Matches(rankedPlan, query);
            }

            var answer = query.Meaning is { } meaning && query.Sort == SearchSort.Relevance
                ? FusedAnswer(rankedPlan, query, rankedMatches, meaning)
                : Answer(rankedPlan, query, rankedMatches);
            return answer with
            {
                Ranked = new RankedAnswer(ranked.Words, ranked.Query.MinimumShouldMatch, ranked.StopWords, matches.Count)
                {
                    OperatorsOptional = ranked.OperatorsOptional,
                    Meaning = answer.Fused.Count > 0,
                    MeaningOnly = answer.Total - rankedMatches.Count,
                },
            };
        }

        return Answer(plan, query, matches);
    }

    /// <summary>A ranked search by words and meaning: the words' first papers and the meaning's nearest, fused
    /// (<see cref="RankFusion"/>), then the rest of the words' order. The papers meaning may add are those the search's
    /// filters, exclusions and required phrases or field terms let through: with none of those, any paper; with them,
    /// meaning only reorders the words' matches.</summary>
    private EngineResult FusedAnswer(QueryPlan plan, EngineQuery query, DocSet matches, IMeaningRanking meaning)
    {
        var settings = query.Ranking;
        var depth = Math.Min(settings.FusionDepth, _index.DocumentCount);
        var lexical = matches.Count == 0 ? []
            : TopKCollector.Page(matches, new ClauseScorer(plan, _index.Columns.LengthNorms, settings.CoordinationExponent), 0, Math.Min(depth, matches.Count));
        var allowed = plan.HasRequiredScoring ? matches : Matches(QueryPlan.Create(_index, plan.Query with { Optional = [], MinimumShouldMatch = 0 }), query);
        // Every paper allowed (no filter, exclusion or required term, as for most sentences): no test of each one.
        Func<long, bool>? isAllowed = allowed.Count == _index.DocumentCount ? null
            : rowId => _index.Columns.DocumentOf(rowId) is var d && d >= 0 && allowed.Contains(d);
        var near = meaning.Nearest(depth, isAllowed)
            .Select(h => (Document: _index.Columns.DocumentOf(h.RowId), h.Similarity))
            .Where(h => h.Document >= 0 && allowed.Contains(h.Document))
            .ToList();
        if (near.Count == 0)
        {
            return Answer(plan, query, matches);
        }

        var fused = RankFusion.Fuse(lexical, near, settings);
        var found = DocSet.All(_index.DocumentCount);
        found.IntersectWith(matches);
        foreach (var (document, _) in near)
        {
            found.Add(document);
        }

        var total = found.Count;
        var skip = Math.Max(0, query.Skip);
        var want = (int)Math.Clamp((long)query.Skip + query.Take, 0, total);
        var order = fused.ConvertAll(h => h.Document);
        if (want > order.Count)
        {
            var head = order.ToHashSet();
            var rest = TopKCollector.Page(matches, new ClauseScorer(plan, _index.Columns.LengthNorms, settings.CoordinationExponent), 0,
                Math.Min(matches.Count, want + head.Count));
            order.AddRange(rest.Where(d => !head.Contains(d)));
        }

        var page = want <= skip ? [] : order[skip..Math.Min(want, order.Count)];
        return new EngineResult(total, page.ConvertAll(d => _index.Columns.RowIds[d]), FacetCollector.Collect(_index.Columns, found, total, query))
        {
            Plan = plan,
            Documents = page,
            CoordinationExponent = settings.CoordinationExponent,
            Fused = fused.Select((h, i) => (h, i)).ToDictionary(p => p.h.Document, p => new FusionExplanation(
                p.h.LexicalRank, p.h.MeaningRank, p.h.Similarity, p.i + 1, p.h.Score, !matches.Contains(p.h.Document))),
        };
    }

    private EngineResult Answer(QueryPlan plan, EngineQuery query, DocSet matches)
    {
        var total = matches.Count;
        var facets = FacetCollector.Collect(_index.Columns, matches, total, query);
        var skip = Math.Max(0, query.Skip);
        var want = (int)Math.Clamp((long)query.Skip + query.Take, 0, total);
        var page = want <= skip ? [] : Ordered(plan, query, matches, skip, want);
        return new EngineResult(total, page.ConvertAll(d => _index.Columns.RowIds[d]), facets)
        {
            Plan = plan,
            Documents = page,
            CoordinationExponent = query.Ranking.CoordinationExponent,
        };
    }

    /// <summary>Why each paper of the answer's slice scored what it did, in the slice's order; empty when the search had
    /// no words to score (<see cref="ScoreExplainer"/>).</summary>
    public IReadOnlyList<ScoreExplanation> Explain(EngineResult answer) =>
        answer.Plan is { Scored.Count: > 0 } plan
            ? [.. answer.Documents.Select(d => ScoreExplainer.Explain(_index, plan, d, answer.CoordinationExponent) with
            {
                Fusion = answer.Fused.GetValueOrDefault(d),
            })]
            : [];

    /// <summary>What the answer's query became: each term, its role and the forms searched for it; null without a query.</summary>
    public QueryExplanation? ExplainQuery(EngineResult answer) =>
        answer.Plan is { } plan && !plan.Query.IsEmpty ? QueryExplainer.Explain(_index, plan.Query) : null;

    /// <summary>Marks the matches of a search in its papers' titles and abstracts, with the forms the search gave its terms
    /// (the answer's own plan: the query is not expanded again); null when the search had no words to mark.</summary>
    public static Highlighter? Highlighter(EngineResult answer) =>
        answer.Plan is { } plan && plan.Expanded.HasRequired ? new Highlighter(plan.Expanded) : null;

    /// <summary>"Did you mean …?": the search with its rare words corrected, as a person would type it, when it finds more
    /// than the <paramref name="total"/> the search found (<see cref="SpellingSuggestion"/>); null otherwise.</summary>
    public string? Suggest(EngineQuery asked, long total) =>
        SpellingSuggestion.Suggest(_index, q => Search(q with { Matching = QueryMatching.AllWords }).Total, asked, total);

    /// <summary>The papers closest by content to one paper (never itself), best first, each with the paper's terms it
    /// shares, most distinctive first (<see cref="MoreLikeThis"/>).</summary>
    public IReadOnlyList<SimilarMatch> Similar(long rowId, string title, string abstractText, int take)
    {
        var terms = MoreLikeThis.Terms(_index, title, abstractText);
        if (terms.Count == 0)
        {
            return [];
        }

        // Ranked like a search, without the total and the counts a results page needs.
        var query = new ParsedQuery([[.. terms.Select(t => new QueryTerm(t.Word, IsPhrase: false, IsPrefix: false))]], [], false);
        var plan = QueryPlan.Create(_index, query);
        var found = TopKCollector.Collect(plan.Matches(_index.DocumentCount), new ClauseScorer(plan.Scored, _index.Columns.LengthNorms), take + 1);
        return [.. found.Where(d => _index.Columns.RowIds[d] != rowId).Take(take)
            .Select(document => new SimilarMatch(_index.Columns.RowIds[document], SharedWords(terms, document)))];
    }

    /// <summary>For papers found close to one another way (by meaning), the words of the one paper each shares, most
    /// distinctive first (<see cref="MoreLikeThis"/>'s terms); none for a rowid the engine does not hold.</summary>
    public IReadOnlyList<SimilarMatch> Shared(string title, string abstractText, IReadOnlyList<long> rowIds)
    {
        var terms = MoreLikeThis.Terms(_index, title, abstractText);
        return [.. rowIds.Select(r => new SimilarMatch(r, _index.Columns.DocumentOf(r) is var d and >= 0 ? SharedWords(terms, d) : []))];
    }

    private List<string> SharedWords(IEnumerable<(int TermId, string Word, double Weight)> terms, int document) =>
        [.. terms.Where(t => _index.Postings.For(t.TermId).Docs.BinarySearch(document) >= 0).Select(t => t.Word)];

    /// <summary>Every matching paper: the query's sets, then the filters.</summary>
    internal DocSet Matches(QueryPlan plan, EngineQuery query)
    {
        var matches = plan.Matches(_index.DocumentCount);
        DocumentFilter.Apply(_index.Columns, query, matches);
        return matches;
    }

    internal SearchIndex Index => _index;

    private List<int> Ordered(QueryPlan plan, EngineQuery query, DocSet matches, int skip, int want)
    {
        var sort = query.Sort == SearchSort.Relevance && plan.Scored.Count == 0 ? SearchSort.Newest : query.Sort;
        if (sort == SearchSort.Relevance)
        {
            return TopKCollector.Page(matches, new ClauseScorer(plan, _index.Columns.LengthNorms, query.Ranking.CoordinationExponent), skip, want);
        }

        var order = sort switch
        {
            SearchSort.Oldest => _index.Columns.Ranks.Oldest,
            SearchSort.Title => _index.Columns.Ranks.Title,
            _ => _index.Columns.Ranks.Newest,
        };
        var places = new DocSet(_index.DocumentCount);
        foreach (var document in matches)
        {
            places.Add(order.RankOf[document]);
        }

        var page = new List<int>(want - skip);
        var place = 0;
        foreach (var rank in places)
        {
            if (place == want)
            {
                break;
            }

            if (place++ >= skip)
            {
                page.Add(order.DocumentAt[rank]);
            }
        }

        return page;
    }
}
