using Catalog.Data.Model;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Search;

/// <summary>The FROM and WHERE clauses that select the matching papers, shared by the count, the page and the facets.
/// The papers table is joined only where a filter or a sort needs its columns, so ranking reads the index alone.</summary>
internal sealed class MatchScope
{
    private readonly List<string> _where = [];
    private readonly bool _usesFts;
    private readonly bool _filtersOnPapers;

    private MatchScope(ParsedQuery query, SearchRequest request)
    {
        _usesFts = query.HasRequired;
        RowId = _usesFts ? "papers_fts.rowid" : "p.rowid";
        if (_usesFts)
        {
            _where.Add("papers_fts MATCH @match");
            Parameters.Add("match", query.MatchExpression);
        }
        else if (query.ExcludedExpression is { } excluded)
        {
            _where.Add("p.rowid NOT IN (SELECT rowid FROM papers_fts WHERE papers_fts MATCH @excluded)");
            Parameters.Add("excluded", excluded);
        }

        for (var i = 0; i < request.Authors.Count; i++)
        {
            // The unary + keeps SQLite from driving the full-text index one rowid at a time with this list: each such
            // lookup would recount the term's matches for bm25, which made "model" by one author 40 times slower.
            _where.Add($"+{RowId} IN (SELECT ap.paper FROM author_papers ap JOIN authors a ON a.id = ap.author WHERE a.slug = @author{i})");
            Parameters.Add($"author{i}", request.Authors[i]);
        }

        if (request.Year is { } year)
        {
            // A year is a range of rowids, which the full-text index seeks to: only that year's matches are visited.
            _where.Add($"{RowId} >= @yearFrom AND {RowId} < @yearTo");
            var (from, to) = PaperRowIds.YearRange(year);
            Parameters.Add("yearFrom", from);
            Parameters.Add("yearTo", to);
        }

        if (request.Subject is { } subject)
        {
            _where.Add($"+{RowId} IN (SELECT paper FROM paper_subjects WHERE subject = @subject)");
            Parameters.Add("subject", subject);
        }

        if (request.Venue is { } venue)
        {
            _where.Add("p.venue = @venue");
            Parameters.Add("venue", venue);
            _filtersOnPapers = true;
        }
    }

    public DynamicParameters Parameters { get; } = new();

    /// <summary>The expression for a matching paper's rowid.</summary>
    public string RowId { get; }

    /// <summary>True when nothing narrows the papers: the scope is the whole catalog.</summary>
    public bool IsWholeCatalog => _where.Count == 0;

    /// <summary>True when an author filter names no known author: nothing can match.</summary>
    public bool MatchesNothing { get; private init; }

    public static MatchScope For(ParsedQuery query, SearchRequest request, IReadOnlyList<AuthorRef> knownAuthors) =>
        new(query, request) { MatchesNothing = request.Authors.Any(slug => !knownAuthors.Any(a => a.Slug == slug)) };

    /// <param name="withPapers">Join the papers table (alias p) even when no filter needs it, for a sort or a facet that does.</param>
    public string From(bool withPapers)
    {
        var from = !_usesFts ? "FROM papers p"
            : withPapers || _filtersOnPapers ? "FROM papers_fts JOIN papers p ON p.rowid = papers_fts.rowid"
            : "FROM papers_fts";
        return _where.Count == 0 ? from : $"{from} WHERE {string.Join(" AND ", _where)}";
    }
}
