using System.Globalization;
using Catalog.Data.Model;
using Catalog.Data.Queries;
using Catalog.Data.Search.Engine;
using Catalog.Data.Search.Engine.Collectors;
using Catalog.Data.Search.Engine.Highlight;
using Catalog.Data.Search.Engine.Query;
using Catalog.Data.Store;
using Microsoft.Data.Sqlite;

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
        if (PaperQueries.PersonIds(connection, request.Authors) is not { } people)
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
        var highlighter = SearchEngine.Highlighter(answer);
        return new SearchResult(request, query, answer.Total, Fetch(connection, highlighter, answer.RowIds), facets, filterAuthors)
        {
            DidYouMean = engine.Suggest(engineQuery, answer.Total),
        };
    }

    /// <summary>The papers of a page, in the order given, with highlighted titles and snippets when there is a query:
    /// one statement reads the papers with their abstracts and listed authors, a row for each author.</summary>
    private static List<SearchHit> Fetch(SqliteConnection connection, Highlighter? highlighter, IReadOnlyList<long> rowIds)
    {
        if (rowIds.Count == 0)
        {
            return [];
        }

        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT p.rowid, p.id, p.title, p.date, p.venue, p.author_count, t.abstract, pa.name, a.slug
            FROM papers p JOIN paper_texts t ON t.rowid = p.rowid
            LEFT JOIN paper_authors pa ON pa.paper = p.rowid AND pa.position < {PaperQueries.ListedAuthors}
            LEFT JOIN authors a ON a.id = pa.author
            WHERE p.rowid IN ({InList(command, rowIds)})
            ORDER BY p.rowid, pa.position
            """;

        var papers = new Dictionary<long, (PaperSummary Paper, List<AuthorRef> Authors, string Abstract)>(rowIds.Count);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var rowId = reader.GetInt64(0);
                if (!papers.TryGetValue(rowId, out var paper))
                {
                    var authors = new List<AuthorRef>();
                    paper = (new PaperSummary(reader.GetString(1), reader.GetString(2), Text(reader, 3), Text(reader, 4), authors, reader.GetInt64(5)),
                        authors, reader.GetString(6));
                    papers[rowId] = paper;
                }

                if (!reader.IsDBNull(7))
                {
                    paper.Authors.Add(new AuthorRef(reader.GetString(7), reader.GetString(8)));
                }
            }
        }

        return [.. rowIds.Select(id =>
        {
            var (paper, _, text) = papers[id];
            return highlighter is null
                ? new SearchHit(paper, paper.Title, Excerpt(text))
                : new SearchHit(paper, highlighter.Highlight(paper.Title), highlighter.Snippet(text, SnippetTokens));
        })];
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>Binds the values as parameters of the command and lists them for an IN clause.</summary>
    private static string InList(SqliteCommand command, IReadOnlyList<long> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            command.Parameters.AddWithValue($"$v{i}", values[i]);
        }

        return string.Join(", ", values.Select((_, i) => $"$v{i}"));
    }

    /// <summary>The engine's counts with the names the page shows: authors asked for one past the limit, to know whether
    /// there are more than are shown.</summary>
    private static SearchFacets Facets(SqliteConnection connection, EngineFacets counts, int authorLimit)
    {
        var names = new Dictionary<long, (string Slug, string Name)>(counts.People.Count);
        if (counts.People.Count > 0)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT id, slug, name FROM authors WHERE id IN ({InList(command, [.. counts.People.Select(p => p.Value)])})";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names[reader.GetInt64(0)] = (reader.GetString(1), reader.GetString(2));
            }
        }

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
