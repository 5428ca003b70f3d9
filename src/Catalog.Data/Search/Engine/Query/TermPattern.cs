using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Query;

/// <summary>A query term as terms: one slot per token of the word or phrase, the last one a prefix for <c>word*</c>,
/// and the one field the term must stand in (<see cref="EngineField"/>), or <see cref="AnyField"/>.
/// An empty pattern (text with no token) matches nothing, as an empty phrase does in FTS5.</summary>
internal sealed record TermPattern(IReadOnlyList<string> Slots, bool LastIsPrefix, int Field = TermPattern.AnyField)
{
    public const int AnyField = -1;

    public static TermPattern For(QueryTerm term, Tokenizer tokenizer) => new(tokenizer.Terms(term.Text), term.IsPrefix, FieldOf(term.Field));

    public bool IsEmpty => Slots.Count == 0;

    public bool IsPrefix(int slot) => LastIsPrefix && slot == Slots.Count - 1;

    /// <summary>True when a match may start at the position (<see cref="EngineField.Position"/>).</summary>
    public bool AllowsField(int field) => Field == AnyField || Field == field;

    /// <summary>True when a token's term fills the slot.</summary>
    public bool Fills(int slot, string term) =>
        IsPrefix(slot) ? term.StartsWith(Slots[slot], StringComparison.Ordinal) : term == Slots[slot];

    private static int FieldOf(QueryField field) => field switch
    {
        QueryField.Title => EngineField.Title,
        QueryField.Authors => EngineField.Authors,
        QueryField.Abstract => EngineField.Abstract,
        _ => AnyField,
    };
}
