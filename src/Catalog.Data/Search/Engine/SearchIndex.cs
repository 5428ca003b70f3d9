namespace Catalog.Data.Search.Engine;

/// <summary>What one catalog version's engine holds: the terms, their postings and the per-paper columns.</summary>
internal sealed record SearchIndex(TermDictionary Terms, Postings Postings, DocumentColumns Columns)
{
    public int DocumentCount => Columns.Count;

    public long Bytes => Postings.Bytes + Columns.Bytes;
}
