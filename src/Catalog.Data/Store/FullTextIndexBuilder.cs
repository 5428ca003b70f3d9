using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Store;

/// <summary>Builds the full-text index in a file of its own, on a thread of its own, while <see cref="CatalogWriter"/>
/// writes the rows: SQLite has one writer per file, and tokenizing the texts is the import's largest single cost
/// (about 4 s for 86k papers). The finished index is plain rows in FTS5's shadow tables, which the catalog copies
/// into its own (<see cref="CatalogSchema.FullTextShadowTables"/>); SQLite's file format keeps them valid there, as
/// the importer's tests check with FTS5's integrity-check.</summary>
internal sealed class FullTextIndexBuilder : IDisposable
{
    /// <summary>Rows are indexed this many at a time in rowid order. FTS5 writes out what it holds whenever a rowid is
    /// lower than the last one, and rowids follow years (<see cref="PaperRowIds"/>), not the order papers come in: in
    /// arrival order that was nearly every row.</summary>
    private const int SortedBatch = 4096;

    private readonly BlockingCollection<FullTextRow> _rows = new(boundedCapacity: 2 * SortedBatch);
    private readonly Task _build;
    private volatile bool _abandoned;

    public FullTextIndexBuilder(string path)
    {
        Path = path;
        _build = Task.Factory.StartNew(Build, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The file the index is built in, to be attached by the catalog once <see cref="WaitUntilBuilt"/> returns.</summary>
    public string Path { get; }

    public void Add(long rowId, string title, string authors, string abstractText)
    {
        try
        {
            _rows.Add(new FullTextRow(rowId, title, authors, abstractText));
        }
        catch (InvalidOperationException)
        {
            // The build stopped taking rows because it failed: report why.
            _build.GetAwaiter().GetResult();
            throw;
        }
    }

    /// <summary>Says that every row is in, so the index can be merged while the catalog finishes its own work.</summary>
    public void CompleteAdding() => _rows.CompleteAdding();

    /// <summary>Waits until every row is indexed and the index is merged.</summary>
    public void WaitUntilBuilt()
    {
        _rows.CompleteAdding();
        _build.GetAwaiter().GetResult();
    }

    /// <summary>Stops the build, merging nothing more, unless <see cref="WaitUntilBuilt"/> has returned; deletes the file.</summary>
    public void Dispose()
    {
        _abandoned = true;
        _rows.CompleteAdding();
        try
        {
            _build.Wait();
        }
        catch (AggregateException)
        {
            // Already reported through Add or WaitUntilBuilt, or the import failed for another reason first.
        }

        _rows.Dispose();
        File.Delete(Path);
    }

    private void Build()
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString());
            connection.Open();
            Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -131072;");
            using var transaction = connection.BeginTransaction();
            Execute(transaction, CatalogSchema.CreateFullText);
            // While rows come in, FTS5 only flushes segments and never merges them (merging at most 200 of a level at a
            // time, well under its limit of 2,000 segments); 'optimize' merges them all once at the end. Measured on 86k
            // papers: 2.9 s and 0.9 s, against 4.5 s and 0.6 s with merging as it goes. The defaults are put back after.
            Execute(transaction, "INSERT INTO papers_fts (papers_fts, rank) VALUES ('automerge', 0), ('crisismerge', 200);");
            using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO papers_fts (rowid, title, authors, abstract) VALUES ($rowid, $title, $authors, $abstract)";
                var rowId = insert.Parameters.Add("$rowid", SqliteType.Integer);
                var title = insert.Parameters.Add("$title", SqliteType.Text);
                var authors = insert.Parameters.Add("$authors", SqliteType.Text);
                var abstractText = insert.Parameters.Add("$abstract", SqliteType.Text);
                insert.Prepare();
                foreach (var batch in _rows.GetConsumingEnumerable().Chunk(SortedBatch))
                {
                    if (_abandoned)
                    {
                        return;
                    }

                    foreach (var row in batch.OrderBy(r => r.RowId))
                    {
                        (rowId.Value, title.Value, authors.Value, abstractText.Value) = (row.RowId, row.Title, row.Authors, row.Abstract);
                        insert.ExecuteNonQuery();
                    }
                }
            }

            if (_abandoned)
            {
                // A failed import: nothing will read the index, so it is not merged.
                return;
            }

            Execute(transaction, """
                INSERT INTO papers_fts (papers_fts) VALUES ('optimize');
                DELETE FROM papers_fts_config WHERE k IN ('automerge', 'crisismerge');
                """);
            transaction.Commit();
        }
        catch
        {
            // Wake a writer blocked on a full queue, so that it sees the failure instead of waiting forever.
            _rows.CompleteAdding();
            throw;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteTransaction transaction, string sql)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private sealed record FullTextRow(long RowId, string Title, string Authors, string Abstract);
}
