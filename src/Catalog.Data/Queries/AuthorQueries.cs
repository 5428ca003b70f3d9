using Catalog.Data.Model;
using Catalog.Data.Seeds;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Queries;

/// <summary>Authors: the index, narrowed by a name prefix, and one author's page.</summary>
public sealed class AuthorQueries(CatalogDatabase database)
{
    public const int PageSize = 100;

    public AuthorListPage List(string? prefix, AuthorSort sort, int page)
    {
        using var connection = database.Open();
        var pattern = EscapeLike(AuthorNames.Fold(prefix ?? "")) + "%";
        // Match the folded prefix against the start of the folded name and of its later words, so "hou" finds
        // "Neil Houlsby" and "lucic" finds "Mario Lučić". Folding is lower case, so the LIKE needs no case rules.
        const string where = "WHERE folded_name LIKE @pattern ESCAPE '\\' OR folded_name LIKE '% ' || @pattern ESCAPE '\\'";
        var total = connection.ExecuteScalar<long>($"SELECT count(*) FROM authors {where}", new { pattern });
        var order = sort == AuthorSort.Papers ? "paper_count DESC, name COLLATE NOCASE" : "name COLLATE NOCASE";
        var authors = connection.Query<AuthorSummary>($"""
            SELECT name AS Name, slug AS Slug, paper_count AS PaperCount FROM authors {where}
            ORDER BY {order} LIMIT @limit OFFSET @offset
            """, new { pattern, limit = PageSize, offset = (long)(page - 1) * PageSize }).AsList();
        return new AuthorListPage(authors, total);
    }

    public IReadOnlyList<AuthorSummary> MostFrequent(int limit)
    {
        using var connection = database.Open();
        return connection.Query<AuthorSummary>(
            "SELECT name AS Name, slug AS Slug, paper_count AS PaperCount FROM authors ORDER BY paper_count DESC, name LIMIT @limit",
            new { limit }).AsList();
    }

    public AuthorDetail? Get(string slug)
    {
        using var connection = database.Open();
        var author = connection.QuerySingleOrDefault<(long Id, string Name, string Slug)>(
            "SELECT id, name, slug FROM authors WHERE slug = @slug", new { slug });
        if (author.Name is null)
        {
            return null;
        }

        // Read as a tuple, not straight into the record: with no rows SQLite gives count(*) no type, and Dapper cannot
        // then match the record's constructor.
        var coAuthors = connection.Query<(string Name, string Slug, long SharedPapers)>("""
            SELECT a.name AS Name, a.slug AS Slug, count(*) AS SharedPapers
            FROM paper_authors mine
            JOIN paper_authors theirs ON theirs.paper = mine.paper AND theirs.author <> mine.author
            JOIN authors a ON a.id = theirs.author
            WHERE mine.author = @id
            GROUP BY theirs.author ORDER BY SharedPapers DESC, a.name
            """, new { id = author.Id }).Select(c => new CoAuthor(c.Name, c.Slug, c.SharedPapers)).ToList();
        return new AuthorDetail(author.Name, author.Slug, PaperQueries.ByAuthor(connection, author.Id), coAuthors);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

/// <summary>One page of the author index and how many authors match in all.</summary>
public sealed record AuthorListPage(IReadOnlyList<AuthorSummary> Authors, long Total)
{
    public int PageCount => (int)Math.Max(1, (Total + AuthorQueries.PageSize - 1) / AuthorQueries.PageSize);
}
