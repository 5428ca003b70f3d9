using System.Globalization;
using Catalog.Data.Queries;
using Catalog.Data.Search.Engine;
using Catalog.Data.Search.Engine.Collectors;
using Catalog.Data.Search.Engine.Highlight;
using Catalog.Data.Search.Engine.Query;
using Catalog.Data.Search.Semantic;
using Catalog.Data.Store;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Search;

/// <summary>Keyword search over titles, authors and abstracts, with person, year, venue and subject filters and their counts.
/// The catalog's search engine finds the page's papers, the total and the counts; then only the page's 20 papers are
/// read from the store and given highlighted titles and snippets by the engine's tokenizer.</summary>
/// <param name="database">The catalog.</param>
/// <param name="engines">The engines of the catalog's versions, shared by every search; a private one when null.</param>
/// <param name="meaning">The papers' vectors: when every paper of the catalog has one, a ranked search by relevance fuses
/// the papers nearest the query by meaning with the words' ranking; null (or vectors still being computed) ranks by the
/// words alone.</param>
public sealed class PaperSearch(CatalogDatabase database, SearchEngines? engines = null, SemanticIndex? meaning = null)
{
    public const int AuthorFacetSize = 20;
    public const int AllAuthorsFacetSize = 500;
    public const int SnippetTokens = 40;
    public const int VenueFacetSize = 50;
    public const int SubjectFacetSize = 50;

    private readonly SearchEngines _engines = engines ?? new SearchEngines(database);

    /// <summary>The numbers ranked searches are made with: the tuned defaults, or the relevance benchmark's trials.</summary>
    public RankingSettings Ranking { get; init; } = RankingSettings.Default;

    /// <summary>The search, on the engine of the current catalog once it is built: the app's request path.</summary>
    public async Task<SearchResult> SearchAsync(SearchRequest request) => Search(request, await _engines.GetAsync());

    /// <summary>The search, blocking until the engine is built: for callers outside a request (tests, benchmarks).</summary>
    public SearchResult Search(SearchRequest request) => Search(request, _engines.Get());

    private SearchResult Search(SearchRequest request, SearchEngine engine)
    {
        var query = SearchQueryParser.Parse(request.Query);
        using var connection = database.Open();
        var filterAuthors = PaperQueries.AuthorsBySlug(connection, request.Authors);
        if (PaperQueries.PersonIds(connection, request.Authors) is not { } people)
        {
            // An author no one knows: nothing can match.
            return new SearchResult(request, query, 0, [], SearchFacets.None, filterAuthors);
        }

        var authorLimit = (request.AllAuthors ? AllAuthorsFacetSize : AuthorFacetSize) + 1;
        var vectors = meaning?.Current;
        var engineQuery = new EngineQuery
        {
            Query = query,
            Meaning = vectors is null ? null : new QueryMeaning(vectors, meaning!.EmbedQuery, QueryMeaning.TextOf(query)),
            Matching = request.AllWords ? QueryMatching.AllWords : QueryMatching.AllWordsOrRanked,
            Ranking = Ranking,
            People = people,
            Year = request.Year,
            Venue = request.Venue,
            Subject = request.Subject,
            Sort = request.EffectiveSort,
            Skip = (int)Math.Min(int.MaxValue, (long)(request.Page - 1) * request.Size),
            Take = request.Size,
            PeopleFacetSize = authorLimit,
            VenueFacetSize = VenueFacetSize,
            SubjectFacetSize = SubjectFacetSize,
        };
        var answer = engine.Search(engineQuery);
        var facets = answer.Total == 0 ? SearchFacets.None : Facets(connection, answer.Facets, authorLimit);
        var highlighter = SearchEngine.Highlighter(answer);
        var hits = Fetch(connection, highlighter, answer.RowIds);
        var explanations = engine.Explain(answer);
        return new SearchResult(request, query, answer.Total, explanations.Count == hits.Count ? [.. hits.Zip(explanations, (hit, why) => hit with { Explanation = why })] : hits,
            facets, filterAuthors)
        {
            DidYouMean = engine.Suggest(engineQuery, answer.Ranked?.AllWordsTotal ?? answer.Total),
            Ranked = answer.Ranked,
            Explanation = engine.ExplainQuery(answer),
            Semantic = meaning?.Status ?? SemanticStatus.Off,
        };
    }


    /// <summary>The papers of a page, in the order given, with highlighted titles and snippets when there is a query.</summary>
    private static List<SearchHit> Fetch(SqliteConnection connection, Highlighter? highlighter, IReadOnlyList<long> rowIds)
    {
        var papers = SearchPageRows.Papers(connection, rowIds);
        return [.. rowIds.Select(id =>
        {
            var (paper, text) = papers[id];
            return highlighter is null
                ? new SearchHit(paper, paper.Title, Excerpt(text))
                : new SearchHit(paper, highlighter.Highlight(paper.Title), highlighter.Snippet(text, SnippetTokens));
        })];
    }

    /// <summary>The engine's counts with the names the page shows: authors asked for one past the limit, to know whether
    /// there are more than are shown.</summary>
    private static SearchFacets Facets(SqliteConnection connection, EngineFacets counts, int authorLimit)
    {
        var names = SearchPageRows.People(connection, [.. counts.People.Select(p => p.Value)]);
        var authors = counts.People.Select(p => new FacetValue(names[p.Value].Slug, names[p.Value].Name, p.Count)).ToList();
        var years = counts.Years.Select(y => y.Value.ToString(CultureInfo.InvariantCulture)).Zip(counts.Years, (y, f) => new FacetValue(y, y, f.Count)).ToList();
        var venues = counts.Venues.Select(v => new FacetValue(v.Value, v.Value, v.Count)).ToList();
        var subjects = counts.Subjects.Select(s => new FacetValue(s.Value, s.Value, s.Count)).ToList();
        var more = authors.Count == authorLimit;
        return new SearchFacets(more ? authors[..^1] : authors, more, years, venues) { Subjects = subjects };
    }

    /// <summary>The start of an abstract, cut at a word boundary, for results without a query to show matches of.</summary>
    private static string Excerpt(string text)
    {
        const int length = 300;
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : length), "…");
    }
}
