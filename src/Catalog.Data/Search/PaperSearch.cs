using System.Data;
using System.Globalization;
using Catalog.Data.Model;
using Catalog.Data.Queries;
using Catalog.Data.Search.Engine;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Search;

/// <summary>Keyword search over titles, authors and abstracts, with person, year, venue and subject filters and their counts.
/// The catalog's search engine finds the page's papers, the total and the counts; then only the page's 20 papers are
/// read from the store and given highlighted titles and snippets by the engine's tokenizer.</summary>
/// <param name="database">The catalog.</param>
/// <param name="engines">The engines of the catalog's versions, shared by every search; a private one when null.</param>
public sealed class PaperSearch(CatalogDatabase database, SearchEngines? engines = null)
{
    public const int AuthorFacetSize = 20;
    public const int AllAuthorsFacetSize = 500;
    public const int SnippetTokens = 40;
    public const int VenueFacetSize = 50;
    public const int SubjectFacetSize = 50;

    private readonly SearchEngines _engines = engines ?? new SearchEngines(database);

    public SearchResult Search(SearchRequest request)
    {
        var query = SearchQueryParser.Parse(request.Query);
        using var connection = database.Open();
        var filterAuthors = PaperQueries.AuthorsBySlug(connection, request.Authors);
        var people = connection.Query<long>("SELECT id FROM authors WHERE slug IN @slugs", new { slugs = request.Authors.Distinct() }).AsList();
        if (people.Count < request.Authors.Distinct().Count())
        {
            // An author no one knows: nothing can match.
            return new SearchResult(request, query, 0, [], SearchFacets.None, filterAuthors);
        }

        var authorLimit = (request.AllAuthors ? AllAuthorsFacetSize : AuthorFacetSize) + 1;
        var engine = _engines.Get();
        var engineQuery = new EngineQuery
        {
            Query = query,
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
        var highlighter = query.HasRequired ? new Highlighter(engine.Index, query) : null;
        return new SearchResult(request, query, answer.Total, Fetch(connection, highlighter, answer.RowIds), facets, filterAuthors)
        {
            DidYouMean = DidYouMean.Suggest(engine, engineQuery, answer.Total),
        };
    }

    /// <summary>The papers of a page, in the order given, with highlighted titles and snippets when there is a query.</summary>
    private static List<SearchHit> Fetch(IDbConnection connection, Highlighter? highlighter, IReadOnlyList<long> rowIds)
    {
        if (rowIds.Count == 0)
        {
            return [];
        }

        var rows = connection.Query<HitRow>("""
            SELECT p.rowid AS RowId, p.id AS Id, p.title AS Title, p.date AS Date, p.venue AS Venue, p.author_count AS AuthorCount,
                   t.abstract AS Abstract
            FROM papers p JOIN paper_texts t ON t.rowid = p.rowid WHERE p.rowid IN @rowIds
            """, new { rowIds }).ToDictionary(r => r.RowId);
        var authors = PaperQueries.AuthorsOf(connection, rowIds);
        return [.. rowIds.Select(id =>
        {
            var row = rows[id];
            var paper = new PaperSummary(row.Id, row.Title, row.Date, row.Venue, authors[id], row.AuthorCount);
            return highlighter is null
                ? new SearchHit(paper, row.Title, Excerpt(row.Abstract))
                : new SearchHit(paper, highlighter.Highlight(row.Title), highlighter.Snippet(row.Abstract, SnippetTokens));
        })];
    }

    /// <summary>The engine's counts with the names the page shows: authors asked for one past the limit, to know whether
    /// there are more than are shown.</summary>
    private static SearchFacets Facets(IDbConnection connection, EngineFacets counts, int authorLimit)
    {
        var ids = counts.People.Select(p => p.Value).ToList();
        var names = connection.Query<(long Id, string Slug, string Name)>("SELECT id, slug, name FROM authors WHERE id IN @ids", new { ids })
            .ToDictionary(a => a.Id);
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
