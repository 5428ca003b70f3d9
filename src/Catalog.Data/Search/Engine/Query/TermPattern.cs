using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Query;

/// <summary>A query term as terms: one slot per token of the word or phrase, the last one a prefix for <c>word*</c>,
/// and the one field the term must stand in (<see cref="EngineField"/>), or <see cref="AnyField"/>.
/// An empty pattern (text with no token) matches nothing, as an empty phrase does in FTS5. An exact term's slots are
/// its words as written (<see cref="ExactTerms"/>): a marked form ("=transformers"), or a stem that must stand as its own
/// form (<see cref="IsOwnForm"/>: "transform" written "transform", not "transforms").</summary>
internal sealed record TermPattern(IReadOnlyList<string> Slots, bool LastIsPrefix, int Field = TermPattern.AnyField)
{
    public const int AnyField = -1;

    /// <summary>For an exact term, which slots are stems that count only where the text has them as written.</summary>
    public IReadOnlyList<bool> OwnForms { get; init; } = [];

    public static TermPattern For(QueryTerm term, Tokenizer tokenizer)
    {
        if (!term.IsExact || term.IsPrefix)
        {
            return new(tokenizer.Terms(term.Text), term.IsPrefix, FieldOf(term.Field));
        }

        var words = Tokenizer.TermsAndSurfaces(term.Text);
        return new([.. words.Select(w => w.Term == w.Surface ? w.Term : ExactTerms.Of(w.Surface))], false, FieldOf(term.Field))
        {
            OwnForms = [.. words.Select(w => w.Term == w.Surface)],
        };
    }

    public bool IsEmpty => Slots.Count == 0;

    public bool IsPrefix(int slot) => LastIsPrefix && slot == Slots.Count - 1;

    /// <summary>True when the slot is a stem that counts only as written (an exact term's word that is its own stem).</summary>
    public bool IsOwnForm(int slot) => slot < OwnForms.Count && OwnForms[slot];

    /// <summary>True when the slot is a word as written: a marked form or an own form.</summary>
    public bool IsExact(int slot) => IsOwnForm(slot) || ExactTerms.IsExact(Slots[slot]);

    /// <summary>True when a match may start at the position (<see cref="EngineField.Position"/>).</summary>
    public bool AllowsField(int field) => Field == AnyField || Field == field;

    /// <summary>True when a token fills the slot: by its term, and for a word as written by its folded form
    /// (<paramref name="surface"/>, which a caller that has exact patterns must give).</summary>
    public bool Fills(int slot, string term, string? surface = null) =>
        IsPrefix(slot) ? term.StartsWith(Slots[slot], StringComparison.Ordinal)
        : IsOwnForm(slot) ? term == Slots[slot] && surface == term
        : ExactTerms.IsExact(Slots[slot]) ? surface is not null && Slots[slot].AsSpan(1).SequenceEqual(surface)
        : term == Slots[slot];

    private static int FieldOf(QueryField field) => field switch
    {
        QueryField.Title => EngineField.Title,
        QueryField.Authors => EngineField.Authors,
        QueryField.Abstract => EngineField.Abstract,
        _ => AnyField,
    };
}
