using Catalog.Data.Seeds;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Store;

/// <summary>Writes a catalog into a new SQLite file while its paper files are parsed: one transaction, prepared commands,
/// and the full-text index filled row by row, so parsing on one core overlaps indexing on the other.</summary>
internal sealed class CatalogWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _paper;
    private readonly SqliteCommand _text;
    private readonly SqliteCommand _fts;
    private readonly SqliteCommand _link;
    private readonly AuthorTable _authors = new();
    private long _rowId;

    public CatalogWriter(string dbPath)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = dbPath, Pooling = false }.ToString());
        _connection.Open();
        // The file is invisible until it is complete and renamed into place, so it needs no journal while it is built;
        // authors are written last, once their slugs are known, so references are checked by construction, not by SQLite.
        Execute("PRAGMA foreign_keys = OFF; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;");
        _transaction = _connection.BeginTransaction();
        Execute(CatalogSchema.Create, _transaction);
        _paper = Prepare("""
            INSERT INTO papers (rowid, id, title, date, year, venue, author_count)
            VALUES ($rowid, $id, $title, $date, $year, $venue, $count)
            """, "$rowid", "$id", "$title", "$date", "$year", "$venue", "$count");
        _text = Prepare("""
            INSERT INTO paper_texts (rowid, title, authors, abstract, abstract_html, source, url, arxiv, file)
            VALUES ($rowid, $title, $authors, $abstract, $html, $source, $url, $arxiv, $file)
            """, "$rowid", "$title", "$authors", "$abstract", "$html", "$source", "$url", "$arxiv", "$file");
        _fts = Prepare("INSERT INTO papers_fts (rowid, title, authors, abstract) VALUES ($rowid, $title, $authors, $abstract)",
            "$rowid", "$title", "$authors", "$abstract");
        _link = Prepare("INSERT INTO paper_authors (paper, position, author) VALUES ($paper, $position, $author)", "$paper", "$position", "$author");
    }

    public int Papers => (int)_rowId;

    public int Authors => _authors.Count;

    public void Add(SeedPaper paper)
    {
        var rowid = ++_rowId;
        var authors = string.Join(", ", paper.Authors);
        Run(_paper, rowid, paper.Id, paper.Title, paper.Date?.ToString(), paper.Date?.Year, paper.Venue, paper.Authors.Count);
        Run(_text, rowid, paper.Title, authors, paper.AbstractMarkdown, paper.AbstractHtml, paper.Source, paper.Url, paper.Arxiv, paper.File);
        Run(_fts, rowid, paper.Title, authors, paper.AbstractMarkdown);
        for (var position = 0; position < paper.Authors.Count; position++)
        {
            Run(_link, rowid, position, _authors.Add(paper.Authors[position]));
        }
    }

    /// <summary>Writes the authors and the catalog's name, merges the index, and commits.</summary>
    public void Complete(SeedIndex index)
    {
        using (var command = Prepare("INSERT INTO authors (id, name, folded_name, slug, paper_count) VALUES ($id, $name, $folded, $slug, $count)",
            "$id", "$name", "$folded", "$slug", "$count"))
        {
            foreach (var author in _authors.Rows())
            {
                Run(command, author.Id, author.Name, AuthorNames.Fold(author.Name), author.Slug, author.PaperCount);
            }
        }

        using (var command = Prepare("INSERT INTO catalog (key, value) VALUES ($key, $value)", "$key", "$value"))
        {
            Run(command, "name", index.Name);
            Run(command, "description", index.Description);
        }

        Execute(CatalogSchema.CountFacets, _transaction);

        // One merged b-tree per index makes every query read fewer segments.
        Execute("INSERT INTO papers_fts (papers_fts) VALUES ('optimize');", _transaction);
        _transaction.Commit();
        Execute($"PRAGMA user_version = {CatalogSchema.Version}; ANALYZE; PRAGMA journal_mode = DELETE;");
    }

    public void Dispose()
    {
        foreach (var command in new[] { _paper, _text, _fts, _link })
        {
            command.Dispose();
        }

        _transaction.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
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

    private void Execute(string sql, SqliteTransaction? transaction = null)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
