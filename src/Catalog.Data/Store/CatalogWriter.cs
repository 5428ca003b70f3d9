using Catalog.Data.Seeds;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Store;

/// <summary>Writes a whole catalog into a new SQLite file, in one transaction with prepared commands.</summary>
internal static class CatalogWriter
{
    public static int Write(string dbPath, SeedCatalog catalog)
    {
        var authors = AuthorTable.Build(catalog.Papers);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = false }.ToString());
        connection.Open();
        // The file is invisible until it is complete and renamed into place, so it needs no journal while it is built.
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;");
        using (var transaction = connection.BeginTransaction())
        {
            Execute(connection, CatalogSchema.Create, transaction);
            InsertCatalogInfo(connection, transaction, catalog);
            InsertAuthors(connection, transaction, authors);
            InsertPapers(connection, transaction, catalog.Papers, authors);
            Execute(connection, "INSERT INTO papers_fts (papers_fts) VALUES ('rebuild');", transaction);
            Execute(connection, "INSERT INTO papers_fts (papers_fts) VALUES ('optimize');", transaction);
            transaction.Commit();
        }

        Execute(connection, $"PRAGMA user_version = {CatalogSchema.Version}; ANALYZE; PRAGMA journal_mode = DELETE;");
        return authors.Count;
    }

    private static void InsertCatalogInfo(SqliteConnection connection, SqliteTransaction transaction, SeedCatalog catalog)
    {
        using var command = Prepare(connection, transaction, "INSERT INTO catalog (key, value) VALUES ($key, $value)", "$key", "$value");
        foreach (var (key, value) in new[] { ("name", catalog.Name), ("description", catalog.Description) })
        {
            Run(command, key, value);
        }
    }

    private static void InsertAuthors(SqliteConnection connection, SqliteTransaction transaction, AuthorTable authors)
    {
        using var command = Prepare(connection, transaction,
            "INSERT INTO authors (id, name, slug, paper_count) VALUES ($id, $name, $slug, $count)", "$id", "$name", "$slug", "$count");
        foreach (var author in authors.All)
        {
            Run(command, author.Id, author.Name, author.Slug, author.PaperCount);
        }
    }

    private static void InsertPapers(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<SeedPaper> papers, AuthorTable authors)
    {
        using var paperCommand = Prepare(connection, transaction, """
            INSERT INTO papers (rowid, id, title, date, year, venue, author_count)
            VALUES ($rowid, $id, $title, $date, $year, $venue, $count)
            """, "$rowid", "$id", "$title", "$date", "$year", "$venue", "$count");
        using var textCommand = Prepare(connection, transaction, """
            INSERT INTO paper_texts (rowid, title, authors, abstract, abstract_html, source, url, arxiv, file)
            VALUES ($rowid, $title, $authors, $abstract, $html, $source, $url, $arxiv, $file)
            """, "$rowid", "$title", "$authors", "$abstract", "$html", "$source", "$url", "$arxiv", "$file");
        using var linkCommand = Prepare(connection, transaction,
            "INSERT INTO paper_authors (paper, position, author) VALUES ($paper, $position, $author)", "$paper", "$position", "$author");
        for (var i = 0; i < papers.Count; i++)
        {
            var paper = papers[i];
            var rowid = i + 1;
            Run(paperCommand, rowid, paper.Id, paper.Title, paper.Date?.ToString(), paper.Date?.Year, paper.Venue, paper.Authors.Count);
            Run(textCommand, rowid, paper.Title, string.Join(", ", paper.Authors), paper.AbstractMarkdown, paper.AbstractHtml,
                paper.Source, paper.Url, paper.Arxiv, paper.File);
            for (var position = 0; position < paper.Authors.Count; position++)
            {
                Run(linkCommand, rowid, position, authors.IdOf(paper.Authors[position]));
            }
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
