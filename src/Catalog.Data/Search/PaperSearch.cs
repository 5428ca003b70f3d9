using System.Data;
using Catalog.Data.Model;
using Catalog.Data.Queries;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Search;

/// <summary>Keyword search over titles, authors and abstracts, with author, year and venue filters and their counts.</summary>
public sealed class PaperSearch(CatalogDatabase database)
{
    public const int AuthorFacetSize = 20;
    public const int AllAuthorsFacetSize = 500;
    public const int SnippetTokens = 40;

    // Title matches rank above author matches, which rank above abstract matches.
    private const string Rank = "bm25(papers_fts, 10.0, 4.0, 1.0)";

    public SearchResult Search(SearchRequest request)
    {
        var query = SearchQueryParser.Parse(request.Query);
        using var connection = database.Open();
        var filterAuthors = PaperQueries.AuthorsBySlug(connection, request.Authors);
        var scope = MatchScope.For(query, request, filterAuthors);
        if (scope.MatchesNothing)
        {
            return new SearchResult(request, query, 0, [], SearchFacets.None, filterAuthors);
        }

        var total = connection.ExecuteScalar<long>($"SELECT count(*) {scope.From}", scope.Parameters);
        var hits = total == 0 ? [] : Hits(connection, request, query, scope);
        var facets = total == 0 ? SearchFacets.None : Facets(connection, request, scope);
        return new SearchResult(request, query, total, hits, facets, filterAuthors);
    }

    private static List<SearchHit> Hits(IDbConnection connection, SearchRequest request, ParsedQuery query, MatchScope scope)
    {
        var order = request.EffectiveSort switch
        {
            SearchSort.Relevance when query.HasRequired => $"{Rank}, p.rowid",
            SearchSort.Oldest => "p.date IS NULL, p.date, p.rowid",
            SearchSort.Title => "p.title COLLATE NOCASE, p.rowid",
            _ => "p.date IS NULL, p.date DESC, p.rowid",
        };
        var marked = query.HasRequired
            ? $"highlight(papers_fts, 0, char(2), char(3)) AS MarkedTitle, snippet(papers_fts, 2, char(2), char(3), '…', {SnippetTokens}) AS MarkedSnippet"
            : "p.title AS MarkedTitle, substr(p.abstract, 1, 400) AS MarkedSnippet";
        var parameters = new DynamicParameters(scope.Parameters);
        parameters.Add("limit", SearchRequest.PageSize);
        parameters.Add("offset", (long)(request.Page - 1) * SearchRequest.PageSize);
        var rows = connection.Query<HitRow>($"""
            SELECT p.rowid AS RowId, p.id AS Id, p.title AS Title, p.date AS Date, p.venue AS Venue, p.author_count AS AuthorCount, {marked}
            {scope.From}
            ORDER BY {order}
            LIMIT @limit OFFSET @offset
            """, parameters).AsList();
        var authors = PaperQueries.AuthorsOf(connection, rows.Select(r => r.RowId));
        return rows.ConvertAll(r => new SearchHit(
            new PaperSummary(r.Id, r.Title, r.Date, r.Venue, authors[r.RowId], r.AuthorCount),
            r.MarkedTitle,
            query.HasRequired ? r.MarkedSnippet : Excerpt(r.MarkedSnippet)));
    }

    private static SearchFacets Facets(IDbConnection connection, SearchRequest request, MatchScope scope)
    {
        var hits = $"WITH hits AS (SELECT p.rowid AS paper, p.year AS year, p.venue AS venue {scope.From})";
        var authorLimit = (request.AllAuthors ? AllAuthorsFacetSize : AuthorFacetSize) + 1;
        var authors = connection.Query<FacetRow>($"""
            {hits}
            SELECT a.slug AS Value, a.name AS Label, count(*) AS Count
            FROM hits JOIN paper_authors pa ON pa.paper = hits.paper JOIN authors a ON a.id = pa.author
            GROUP BY pa.author ORDER BY Count DESC, a.name LIMIT {authorLimit}
            """, scope.Parameters).Select(r => r.ToFacet()).ToList();
        var years = connection.Query<FacetRow>($"""
            {hits}
            SELECT CAST(year AS TEXT) AS Value, CAST(year AS TEXT) AS Label, count(*) AS Count
            FROM hits WHERE year IS NOT NULL GROUP BY year ORDER BY year DESC
            """, scope.Parameters).Select(r => r.ToFacet()).ToList();
        var venues = connection.Query<FacetRow>($"""
            {hits}
            SELECT venue AS Value, venue AS Label, count(*) AS Count
            FROM hits WHERE venue IS NOT NULL GROUP BY venue ORDER BY Count DESC, venue LIMIT 50
            """, scope.Parameters).Select(r => r.ToFacet()).ToList();
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

    /// <summary>The FROM and WHERE clauses that select the matching papers, shared by the count, the page and the facets.</summary>
    private sealed record MatchScope(string From, DynamicParameters Parameters, bool MatchesNothing)
    {
        public static MatchScope For(ParsedQuery query, SearchRequest request, IReadOnlyList<AuthorRef> knownAuthors)
        {
            var parameters = new DynamicParameters();
            var where = new List<string>();
            string from;
            if (query.HasRequired)
            {
                from = "FROM papers_fts JOIN papers p ON p.rowid = papers_fts.rowid";
                where.Add("papers_fts MATCH @match");
                parameters.Add("match", query.MatchExpression);
            }
            else
            {
                from = "FROM papers p";
                if (query.ExcludedExpression is { } excluded)
                {
                    where.Add("p.rowid NOT IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH @excluded)");
                    parameters.Add("excluded", excluded);
                }
            }

            for (var i = 0; i < request.Authors.Count; i++)
            {
                where.Add($"p.rowid IN (SELECT pa.paper FROM paper_authors pa JOIN authors a ON a.id = pa.author WHERE a.slug = @author{i})");
                parameters.Add($"author{i}", request.Authors[i]);
            }

            if (request.Year is { } year)
            {
                where.Add("p.year = @year");
                parameters.Add("year", year);
            }

            if (request.Venue is { } venue)
            {
                where.Add("p.venue = @venue");
                parameters.Add("venue", venue);
            }

            var unknownAuthor = request.Authors.Any(slug => !knownAuthors.Any(a => a.Slug == slug));
            var clause = where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where);
            return new MatchScope(from + clause, parameters, unknownAuthor);
        }
    }

    private sealed class HitRow
    {
        public long RowId { get; init; }
        public string Id { get; init; } = "";
        public string Title { get; init; } = "";
        public string? Date { get; init; }
        public string? Venue { get; init; }
        public long AuthorCount { get; init; }
        public string MarkedTitle { get; init; } = "";
        public string MarkedSnippet { get; init; } = "";
    }

    private sealed class FacetRow
    {
        public string Value { get; init; } = "";
        public string Label { get; init; } = "";
        public long Count { get; init; }

        public FacetValue ToFacet() => new(Value, Label, Count);
    }
}
