using Catalog.Data.Model;
using Catalog.Data.Seeds;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Queries;

/// <summary>People: the index, narrowed by a name prefix that any of their spellings may start with, and one person's
/// page.</summary>
public sealed class AuthorQueries(CatalogDatabase database)
{
    public const int PageSize = 100;

    /// <summary>A person's page lists this many co-authors unless all are asked for.</summary>
    public const int CoAuthorsShown = 20;

    public AuthorListPage List(string? prefix, AuthorSort sort, int page)
    {
        using var connection = database.Open();
        var pattern = EscapeLike(AuthorNames.Fold(prefix ?? "")) + "%";
        // Match the folded prefix against the start of any word of any spelling, so "hou" finds "Neil Houlsby",
        // "lucic" finds "Mario Lučić" and "riquelme ruiz" finds Carlos Riquelme. Folding is lower case, so the LIKE
        // needs no case rules.
        const string like = "(folded_name LIKE @pattern ESCAPE '\\' OR folded_name LIKE '% ' || @pattern ESCAPE '\\')";
        var where = pattern == "%" ? "" : $"WHERE {like} OR id IN (SELECT author FROM author_names WHERE {like})";
        var total = connection.ExecuteScalar<long>($"SELECT count(*) FROM authors {where}", new { pattern });
        var order = sort switch
        {
            AuthorSort.Papers => "paper_count DESC, name COLLATE NOCASE",
            AuthorSort.Family => "sort_key, name COLLATE NOCASE",
            _ => "name COLLATE NOCASE",
        };
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

    /// <param name="slug">The person's URL key.</param>
    /// <param name="allCoAuthors">List every co-author, not only the first <see cref="CoAuthorsShown"/>.</param>
    public AuthorDetail? Get(string slug, bool allCoAuthors = false)
    {
        using var connection = database.Open();
        var author = connection.QuerySingleOrDefault<(long Id, string Name, string Slug, string? Orcid)>(
            "SELECT id, name, slug, orcid FROM authors WHERE slug = @slug", new { slug });
        if (author.Name is null)
        {
            return null;
        }

        var variants = connection.Query<(string Name, long PaperCount)>("""
            SELECT name, paper_count FROM author_names WHERE author = @id AND name <> @name ORDER BY paper_count DESC, name
            """, new { id = author.Id, name = author.Name }).Select(v => new NameVariant(v.Name, v.PaperCount)).ToList();
        // Read as a tuple, not straight into the record: with no rows SQLite gives count(*) no type, and Dapper cannot
        // then match the record's constructor.
        var coAuthors = connection.Query<(string Name, string Slug, long SharedPapers)>("""
            SELECT a.name AS Name, a.slug AS Slug, count(*) AS SharedPapers
            FROM author_papers mine
            JOIN author_papers theirs ON theirs.paper = mine.paper AND theirs.author <> mine.author
            JOIN authors a ON a.id = theirs.author
            WHERE mine.author = @id
            GROUP BY theirs.author ORDER BY SharedPapers DESC, a.name
            LIMIT @limit
            """, new { id = author.Id, limit = allCoAuthors ? -1 : CoAuthorsShown }).Select(c => new CoAuthor(c.Name, c.Slug, c.SharedPapers)).ToList();
        var coAuthorCount = coAuthors.Count < CoAuthorsShown ? coAuthors.Count : connection.ExecuteScalar<long>("""
            SELECT count(DISTINCT theirs.author) FROM author_papers mine
            JOIN author_papers theirs ON theirs.paper = mine.paper AND theirs.author <> mine.author
            WHERE mine.author = @id
            """, new { id = author.Id });
        return new AuthorDetail(author.Name, author.Slug, author.Orcid, variants, PaperQueries.ByAuthor(connection, author.Id), coAuthors, coAuthorCount);
    }

    /// <summary>The person's slug when <paramref name="slug"/> is the slug one of their spellings would have had on its
    /// own ("carlos-riquelme-ruiz" for "carlos-riquelme"), or null.</summary>
    public string? MovedTo(string slug)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<string?>(
            "SELECT a.slug FROM author_redirects r JOIN authors a ON a.id = r.author WHERE r.slug = @slug", new { slug });
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

/// <summary>One page of the author index and how many authors match in all.</summary>
public sealed record AuthorListPage(IReadOnlyList<AuthorSummary> Authors, long Total)
{
    public int PageCount => Paging.PageCount(Total, AuthorQueries.PageSize);
}
