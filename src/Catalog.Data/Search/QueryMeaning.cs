using Catalog.Data.Search.Engine.Query;
using Catalog.Data.Search.Semantic;

namespace Catalog.Data.Search;

/// <summary>A search's meaning for the engine (<see cref="IMeaningRanking"/>): the query's words embedded by the model
/// the papers were embedded with, the first time the engine asks (so a search that does not rank by meaning is never
/// embedded), and the papers nearest it by an exact scan of the catalog's vectors.</summary>
/// <param name="vectors">The current catalog's vectors, every paper included.</param>
/// <param name="embed">Gives a query's vector (<see cref="SemanticIndex.EmbedQuery"/>).</param>
/// <param name="text">What is embedded: the query's words and phrases as typed, without operators and filters.</param>
internal sealed class QueryMeaning(PaperVectors vectors, Func<string, float[]> embed, string text) : IMeaningRanking
{
    private float[]? _vector;

    public IReadOnlyList<MeaningHit> Nearest(int take, Func<long, bool>? allowed)
    {
        _vector ??= embed(text);
        return [.. vectors.Nearest(_vector, take, allowed).Select(m => new MeaningHit(m.RowId, m.Similarity))];
    }

    /// <summary>The text of a query to embed: its words and phrases in the order typed, not its exclusions or filters.</summary>
    public static string TextOf(ParsedQuery query) =>
        string.Join(' ', query.Required.SelectMany(g => g).Concat(query.Optional.SelectMany(g => g)).Where(t => !t.IsFilter).Select(t => t.Text));
}
