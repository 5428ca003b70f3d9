using Catalog.Data.Seeds;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Store;

/// <summary>Writes a catalog into a new SQLite file while its paper files are parsed: one transaction and prepared
/// commands for the rows. A paper's rowid is its place in INDEX.md.</summary>
internal sealed class CatalogWriter : ICatalogWriter
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _paper;
    private readonly SqliteCommand _text;
    private readonly SqliteCommand _subject;
    private readonly PersonTable _people;
    private readonly List<(long Paper, int Position, int Person, PersonTable.Spelling Spelling, string? Family)> _links = [];
    private int _papers;

    public CatalogWriter(string dbPath, PeopleDirectory people)
    {
        _people = new PersonTable(people);
        _connection = CatalogConnections.OpenForBuilding(dbPath);
        // The file is invisible until it is complete and renamed into place, so it needs no journal while it is built;
        // authors are written last, once their slugs are known, so references are checked by construction, not by SQLite.
        // 64 MiB of page cache (256 before the search engine was built in the same process) keeps the import's peak under 1 GiB.
        Execute("PRAGMA foreign_keys = OFF; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
        _transaction = _connection.BeginTransaction();
        Execute(CatalogSchema.Create, _transaction);
        _paper = Prepare("""
            INSERT INTO papers (rowid, id, title, date, year, venue, author_count)
            VALUES ($rowid, $id, $title, $date, $year, $venue, $count)
            """, "$rowid", "$id", "$title", "$date", "$year", "$venue", "$count");
        _text = Prepare("""
            INSERT INTO paper_texts (rowid, title, authors, abstract, source, url, arxiv, doi, pdf, file)
            VALUES ($rowid, $title, $authors, $abstract, $source, $url, $arxiv, $doi, $pdf, $file)
            """, "$rowid", "$title", "$authors", "$abstract", "$source", "$url", "$arxiv", "$doi", "$pdf", "$file");
        _subject = Prepare("INSERT INTO paper_subjects (paper, position, subject) VALUES ($paper, $position, $subject)", "$paper", "$position", "$subject");
    }

    public int Papers => _papers;

    public int People => _people.Count;

    public int Names => _people.NameCount;

    public void Add(SeedPaper paper)
    {
        long rowid = ++_papers;
        var authors = string.Join(", ", paper.Authors.Select(a => a.Name));
        Run(_paper, rowid, paper.Id, paper.Title, paper.Date?.ToString(), paper.Date?.Year, paper.Venue, paper.Authors.Count);
        Run(_text, rowid, paper.Title, authors, paper.AbstractMarkdown, paper.Source, paper.Url, paper.Arxiv, paper.Doi, paper.Pdf, paper.File);
        for (var position = 0; position < paper.Authors.Count; position++)
        {
            var slot = paper.Authors[position];
            var (person, spelling) = _people.Add(slot, rowid);
            _links.Add((rowid, position, person, spelling, slot.Family));
        }

        for (var position = 0; position < paper.Subjects.Count; position++)
        {
            Run(_subject, rowid, position, paper.Subjects[position]);
        }
    }

    /// <summary>Writes the authors and the catalog's name, builds the indexes, and commits.</summary>
    public void Complete(SeedIndex index)
    {
        WritePeople();
        using (var command = Prepare("INSERT INTO catalog (key, value) VALUES ($key, $value)", "$key", "$value"))
        {
            Run(command, "name", index.Name);
            Run(command, "description", index.Description);
            Run(command, CatalogSize.PapersKey, _papers);
            Run(command, CatalogSize.AuthorsKey, _people.Count);
        }

        Execute(CatalogSchema.CreateIndexes + CatalogSchema.CountFacets, _transaction);
        _transaction.Commit();
        // The query planner's statistics from a sample of each index, which is enough to choose between them.
        Execute($"PRAGMA user_version = {CatalogSchema.Version}; PRAGMA analysis_limit = 1000; ANALYZE; PRAGMA journal_mode = DELETE;");
    }

    public void Dispose()
    {
        foreach (var command in new[] { _paper, _text, _subject })
        {
            command.Dispose();
        }

        _transaction.Dispose();
        _connection.Dispose();
    }

    /// <summary>People, their spellings and redirects, and the author slots, once every person's id is known; the
    /// slots are written in key order, so the tables grow at their ends.</summary>
    private void WritePeople()
    {
        var rows = _people.Rows();
        using (var command = Prepare("INSERT INTO authors (id, name, folded_name, slug, sort_key, orcid, paper_count) VALUES ($id, $name, $folded, $slug, $sort, $orcid, $count)",
            "$id", "$name", "$folded", "$slug", "$sort", "$orcid", "$count"))
        {
            foreach (var person in rows.People)
            {
                Run(command, person.Id, person.Name, person.FoldedName, person.Slug, person.SortKey, person.Orcid, person.PaperCount);
            }
        }

        using (var command = Prepare("INSERT INTO author_names (author, name, folded_name, paper_count) VALUES ($author, $name, $folded, $count)",
            "$author", "$name", "$folded", "$count"))
        {
            foreach (var name in rows.Names)
            {
                Run(command, name.Author, name.Name, name.FoldedName, name.PaperCount);
            }
        }

        using (var command = Prepare("INSERT INTO author_redirects (slug, author) VALUES ($slug, $author)", "$slug", "$author"))
        {
            foreach (var (slug, author) in rows.Redirects)
            {
                Run(command, slug, author);
            }
        }

        _links.Sort((a, b) => a.Paper != b.Paper ? a.Paper.CompareTo(b.Paper) : a.Position.CompareTo(b.Position));
        using (var slot = Prepare("INSERT INTO paper_authors (paper, position, author, name, family) VALUES ($paper, $position, $author, $name, $family)",
            "$paper", "$position", "$author", "$name", "$family"))
        {
            foreach (var (paper, position, number, spelling, family) in _links)
            {
                Run(slot, paper, position, rows.IdOfNumber[number], spelling.Name, _people.FamilyOf(number, spelling.Name, family));
            }
        }

        var wrote = _links.Select(l => (Author: rows.IdOfNumber[l.Person], l.Paper)).Distinct().Order().ToList();
        using var link = Prepare("INSERT INTO author_papers (author, paper) VALUES ($author, $paper)", "$author", "$paper");
        foreach (var (author, paper) in wrote)
        {
            Run(link, author, paper);
        }
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
