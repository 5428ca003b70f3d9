using System.Data;
using Catalog.Data.Model;
using Catalog.Data.Queries;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Search;

/// <summary>Keyword search over titles, authors and abstracts, with person, year, venue and subject filters and their counts.
/// Results are cached per catalog version: the catalog only changes when an import swaps in a new file.</summary>
/// <param name="database">The catalog.</param>
/// <param name="frequentTerms">Ready answers for common words, shared by every search of the catalog; none when null.</param>
public sealed class PaperSearch(CatalogDatabase database, FrequentTerms? frequentTerms = null)
{
    public const int AuthorFacetSize = 20;
    public const int AllAuthorsFacetSize = 500;
    public const int SnippetTokens = 40;
    public const int VenueFacetSize = 50;
    public const int SubjectFacetSize = 50;

    private const string Rank = SearchOrder.Rank;

    private readonly SearchResultCache _cache = new();

    public SearchResult Search(SearchRequest request) =>
        _cache.GetOrAdd(database.Version, request, () => Run(request));

    /// <summary>Runs the search without the cache, as a first-time visitor's search does.</summary>
    public SearchResult SearchUncached(SearchRequest request) => Run(request);

    private SearchResult Run(SearchRequest request)
    {
        var query = SearchQueryParser.Parse(request.Query);
        using var connection = database.Open();
        var filterAuthors = PaperQueries.AuthorsBySlug(connection, request.Authors);
        var scope = MatchScope.For(query, request, filterAuthors);
        if (scope.MatchesNothing)
        {
            return new SearchResult(request, query, 0, [], SearchFacets.None, filterAuthors);
        }

        if (IsOneWordSearch(request, query) && frequentTerms?.Find(connection, query.Required[0][0].Text) is { } ready)
        {
            return FromReadyAnswer(connection, request, query, scope, ready, filterAuthors);
        }

        var total = connection.ExecuteScalar<long>($"SELECT count(*) {scope.From(withPapers: false)}", scope.Parameters);
        var hits = total == 0 ? [] : Hits(connection, request, query, scope);
        var facets = total == 0 ? SearchFacets.None : Facets(connection, request, scope, total);
        return new SearchResult(request, query, total, hits, facets, filterAuthors);
    }

    /// <summary>Every paper that holds the term, best first, and the filter counts of a search for it alone.</summary>
    internal static FrequentTermAnswer AnswerInFull(IDbConnection connection, string term)
    {
        var request = new SearchRequest { Query = term };
        var scope = MatchScope.For(new ParsedQuery([[new QueryTerm(term, IsPhrase: false, IsPrefix: false)]], [], false), request, []);
        var ranked = connection.Query<long>($"SELECT {scope.RowId} {scope.From(withPapers: false)} ORDER BY {Rank}, papers_fts.rowid",
            scope.Parameters).ToArray();
        return new FrequentTermAnswer(ranked, Facets(connection, request, scope, ranked.Length));
    }

    /// <summary>A search a ready answer can rank: one word, by relevance, filtered by year at most.</summary>
    private static bool IsOneWordSearch(SearchRequest request, ParsedQuery query) =>
        query is { Required: [[{ IsPhrase: false, IsPrefix: false }]], Excluded: [] }
        && request is { Authors: [], Venue: null, Subject: null } && request.EffectiveSort == SearchSort.Relevance;

    /// <summary>The page is a slice of the ready ranking (of its papers of the year, under a year filter). The ready
    /// filter counts are those of the plain search; under a year filter, or for all authors, they are counted as usual.</summary>
    private static SearchResult FromReadyAnswer(IDbConnection connection, SearchRequest request, ParsedQuery query, MatchScope scope,
        FrequentTermAnswer ready, IReadOnlyList<AuthorRef> filterAuthors)
    {
        IEnumerable<long> ranked = ready.RankedRowIds;
        if (request.Year is { } year)
        {
            var (from, to) = PaperRowIds.YearRange(year);
            ranked = ranked.Where(rowId => rowId >= from && rowId < to);
        }

        var matches = request.Year is null ? ready.RankedRowIds.Length : ranked.LongCount();
        var skip = (long)(request.Page - 1) * request.Size;
        var page = skip >= matches ? [] : ranked.Skip((int)skip).Take(request.Size).ToList();
        var facets = request.Year is null && !request.AllAuthors ? ready.Facets
            : matches == 0 ? SearchFacets.None
            : Facets(connection, request, scope, matches);
        return new SearchResult(request, query, matches, Fetch(connection, query, page), facets, filterAuthors);
    }

    /// <summary>Ranks first and fetches after: the page's 20 rowids are found without touching any text,
    /// then only those 20 papers are read and given highlighted titles and snippets.</summary>
    private static List<SearchHit> Hits(IDbConnection connection, SearchRequest request, ParsedQuery query, MatchScope scope)
    {
        var sort = SearchOrder.Effective(request, query);
        var order = SearchOrder.OrderBy(sort);
        var parameters = new DynamicParameters(scope.Parameters);
        parameters.Add("limit", request.Size);
        parameters.Add("offset", (long)(request.Page - 1) * request.Size);
        var rowIds = connection.Query<long>($"""
            SELECT {scope.RowId} {scope.From(withPapers: sort != SearchSort.Relevance)}
            ORDER BY {order} LIMIT @limit OFFSET @offset
            """, parameters).AsList();
        return Fetch(connection, query, rowIds);
    }

    /// <summary>The papers of a page, in the order given, with highlighted titles and snippets when there is a query.</summary>
    private static List<SearchHit> Fetch(IDbConnection connection, ParsedQuery query, List<long> rowIds)
    {
        if (rowIds.Count == 0)
        {
            return [];
        }

        var rows = connection.Query<HitRow>("""
            SELECT p.rowid AS RowId, p.id AS Id, p.title AS Title, p.date AS Date, p.venue AS Venue, p.author_count AS AuthorCount,
                   substr(t.abstract, 1, 400) AS Abstract
            FROM papers p JOIN paper_texts t ON t.rowid = p.rowid WHERE p.rowid IN @rowIds
            """, new { rowIds }).ToDictionary(r => r.RowId);
        // FTS5 expands a prefix again for every rowid it is asked for (11 ms for a page of "transform*"); scanning the
        // matches once and keeping the page's (the unary + stops the lookups) takes 1 ms.
        var onPage = query.HasPrefix ? "+rowid IN @rowIds" : "rowid IN @rowIds";
        var marks = query.HasRequired
            ? connection.Query<(long RowId, string Title, string Snippet)>($"""
                SELECT rowid, highlight(papers_fts, 0, char(2), char(3)), snippet(papers_fts, 2, char(2), char(3), '…', {SnippetTokens})
                FROM papers_fts WHERE papers_fts MATCH @match AND {onPage}
                """, new { match = query.MatchExpression, rowIds }).ToDictionary(m => m.RowId)
            : [];
        var authors = PaperQueries.AuthorsOf(connection, rowIds);
        return rowIds.ConvertAll(id =>
        {
            var row = rows[id];
            var paper = new PaperSummary(row.Id, row.Title, row.Date, row.Venue, authors[id], row.AuthorCount);
            return marks.TryGetValue(id, out var marked)
                ? new SearchHit(paper, marked.Title, marked.Snippet)
                : new SearchHit(paper, row.Title, Excerpt(row.Abstract));
        });
    }

    private static SearchFacets Facets(IDbConnection connection, SearchRequest request, MatchScope scope, long total)
    {
        if (scope.IsWholeCatalog)
        {
            return CatalogFacets(connection, request);
        }

        var authorLimit = (request.AllAuthors ? AllAuthorsFacetSize : AuthorFacetSize) + 1;
        var authors = AuthorFacetCounter.Count(connection, scope, authorLimit, total);
        var (years, venues) = YearAndVenueCounter.Count(connection, scope, VenueFacetSize);
        return Assemble(authors, authorLimit, years, venues) with { Subjects = SubjectCounter.Count(connection, scope, SubjectFacetSize) };
    }

    /// <summary>The counts over the whole catalog, kept by the importer.</summary>
    private static SearchFacets CatalogFacets(IDbConnection connection, SearchRequest request)
    {
        var authorLimit = (request.AllAuthors ? AllAuthorsFacetSize : AuthorFacetSize) + 1;
        var authors = connection.Query<FacetRow>(
            "SELECT slug AS Value, name AS Label, paper_count AS Count FROM authors ORDER BY paper_count DESC, name LIMIT @authorLimit",
            new { authorLimit }).Select(r => r.ToFacet()).ToList();
        var years = connection.Query<FacetRow>(
            "SELECT value AS Value, label AS Label, count AS Count FROM catalog_facets WHERE kind = 'year' ORDER BY value DESC")
            .Select(r => r.ToFacet()).ToList();
        var venues = connection.Query<FacetRow>(
            "SELECT value AS Value, label AS Label, count AS Count FROM catalog_facets WHERE kind = 'venue' ORDER BY count DESC, label LIMIT @limit",
            new { limit = VenueFacetSize })
            .Select(r => r.ToFacet()).ToList();
        var subjects = connection.Query<FacetRow>(
            "SELECT value AS Value, label AS Label, count AS Count FROM catalog_facets WHERE kind = 'subject' ORDER BY count DESC, label LIMIT @limit",
            new { limit = SubjectFacetSize })
            .Select(r => r.ToFacet()).ToList();
        return Assemble(authors, authorLimit, years, venues) with { Subjects = subjects };
    }

    /// <summary>Authors are asked for one past the limit, to know whether there are more than are shown.</summary>
    private static SearchFacets Assemble(List<FacetValue> authors, int authorLimit, List<FacetValue> years, List<FacetValue> venues)
    {
        var more = authors.Count == authorLimit;
        return new SearchFacets(more ? authors[..^1] : authors, more, years, venues);
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

    private sealed class HitRow
    {
        public long RowId { get; init; }
        public string Id { get; init; } = "";
        public string Title { get; init; } = "";
        public string? Date { get; init; }
        public string? Venue { get; init; }
        public long AuthorCount { get; init; }
        public string Abstract { get; init; } = "";
    }
}
