namespace Catalog.Data.Search.Engine.Index;

/// <summary>What one catalog version's engine holds: the terms, their postings, the per-paper columns and the
/// catalog's hyphen compounds.</summary>
internal sealed record SearchIndex(TermDictionary Terms, Postings Postings, DocumentColumns Columns, HyphenCompounds Compounds)
{
    public int DocumentCount => Columns.Count;

    public long Bytes => Postings.Bytes + Columns.Bytes + Compounds.Bytes;
}
