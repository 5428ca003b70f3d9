namespace Catalog.Data.Store;

/// <summary>The orders a list of papers comes in, written once: the ORDER BY clauses of the queries (on papers as
/// <c>p</c>) and the columns of the indexes that match them exactly, so browsing reads pages straight off an index.
/// Newest first puts papers without a date last; ties go by rowid, the paper's place in INDEX.md.</summary>
public static class PaperOrders
{
    public const string Newest = "p.date IS NULL, p.date DESC, p.rowid";
    public const string Oldest = "p.date IS NULL, p.date, p.rowid";
    public const string Title = "p.title COLLATE NOCASE, p.rowid";

    /// <summary>The index columns of <see cref="Newest"/>, <see cref="Oldest"/> and <see cref="Title"/> (an index holds
    /// the rowid already).</summary>
    public const string NewestColumns = "date IS NULL, date DESC, rowid";
    public const string OldestColumns = "date IS NULL, date, rowid";
    public const string TitleColumns = "title COLLATE NOCASE";
}
