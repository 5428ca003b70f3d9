namespace Catalog.Data.Search.Engine.Index;

/// <summary>What one catalog version's engine holds: the terms, their postings, the per-paper columns and the
/// catalog's hyphen compounds.</summary>
internal sealed record SearchIndex(TermDictionary Terms, Postings Postings, DocumentColumns Columns, HyphenCompounds Compounds)
{
    public int DocumentCount => Columns.Count;

    private ExactVariants? _exactVariants;

    public long Bytes => Postings.Bytes + Columns.Bytes + Compounds.Bytes;

    /// <summary>Each stem's marked forms, worked out the first time an exact search asks.</summary>
    public ExactVariants ExactVariants => LazyInitializer.EnsureInitialized(ref _exactVariants, () => ExactVariants.Build(Terms));
}
