using Catalog.Data.Search.Engine.Analysis;

namespace Catalog.Data.Search.Engine.Index;

/// <summary>Each stem's marked forms (<see cref="ExactTerms"/>): "transform" → "=transformers", "=transformed", …; the
/// forms whose instances a search for the stem's own form as written leaves out. Worked out from the dictionary the
/// first time an exact search needs it, one stemming per marked term.</summary>
internal sealed class ExactVariants
{
    private readonly Dictionary<string, int[]> _byStem;

    private ExactVariants(Dictionary<string, int[]> byStem) => _byStem = byStem;

    public static ExactVariants Build(TermDictionary terms)
    {
        var tokenizer = new Tokenizer();
        var (from, to) = terms.PrefixRange(ExactTerms.Mark.ToString());
        var byStem = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var id = from; id < to; id++)
        {
            // Terms are UTF-8 bytes as chars (TermText): the form is read back as text to be stemmed again.
            if (tokenizer.Terms(TermText.ToDisplay(terms[id][1..])) is [var stem])
            {
                if (!byStem.TryGetValue(stem, out var ids))
                {
                    byStem[stem] = ids = [];
                }

                ids.Add(id);
            }
        }

        return new ExactVariants(byStem.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The marked terms whose form stems to <paramref name="stem"/>.</summary>
    public int[] Of(string stem) => _byStem.TryGetValue(stem, out var ids) ? ids : [];
}
