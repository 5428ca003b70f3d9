using Microsoft.Data.Sqlite;

namespace Catalog.Data.Store;

/// <summary>Walks a query of (paper rowid, value) rows in rowid order beside the papers, handing each paper its values.</summary>
internal sealed class PairCursor : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteDataReader _reader;
    private bool _hasRow;

    public PairCursor(SqliteConnection connection, string sql)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _reader = _command.ExecuteReader();
        _hasRow = _reader.Read();
    }

    /// <summary>The values of the paper; papers must be asked for in ascending rowid order.</summary>
    public List<T> ValuesOf<T>(long rowId, Func<SqliteDataReader, int, T> read)
    {
        var values = new List<T>();
        while (_hasRow && _reader.GetInt64(0) <= rowId)
        {
            if (_reader.GetInt64(0) == rowId)
            {
                values.Add(read(_reader, 1));
            }

            _hasRow = _reader.Read();
        }

        return values;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _command.Dispose();
    }
}
