namespace Catalog.Data.Search.Engine;

/// <summary>A query term as terms: one slot per token of the word or phrase, the last one a prefix for <c>word*</c>.
/// An empty pattern (text with no token) matches nothing, as an empty phrase does in FTS5.</summary>
internal sealed record TermPattern(IReadOnlyList<string> Slots, bool LastIsPrefix)
{
    public static TermPattern For(QueryTerm term, Tokenizer tokenizer) => new(tokenizer.Terms(term.Text), term.IsPrefix);

    public bool IsEmpty => Slots.Count == 0;

    public bool IsPrefix(int slot) => LastIsPrefix && slot == Slots.Count - 1;

    /// <summary>True when a token's term fills the slot.</summary>
    public bool Fills(int slot, string term) =>
        IsPrefix(slot) ? term.StartsWith(Slots[slot], StringComparison.Ordinal) : term == Slots[slot];
}
