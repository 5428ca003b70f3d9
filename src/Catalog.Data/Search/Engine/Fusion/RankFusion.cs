using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Search.Engine.Fusion;

/// <summary>Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009) of the words' ranking and the meaning's: a
/// paper scores 1 / (k + its rank by words) + w / (k + its rank by meaning), a ranking it is not in adding nothing. Ties
/// go to the better rank by words, then by meaning, then to the earlier paper.</summary>
internal static class RankFusion
{
    public static List<FusedHit> Fuse(IReadOnlyList<int> lexical, IReadOnlyList<(int Document, double Similarity)> meaning, RankingSettings settings)
    {
        var hits = new Dictionary<int, FusedHit>();
        for (var i = 0; i < lexical.Count; i++)
        {
            hits[lexical[i]] = new FusedHit(lexical[i], i + 1, null, null, 1.0 / (settings.FusionK + i + 1));
        }

        for (var i = 0; i < meaning.Count; i++)
        {
            var (document, similarity) = meaning[i];
            var part = settings.MeaningWeight / (settings.FusionK + i + 1);
            hits[document] = hits.TryGetValue(document, out var hit)
                ? hit with { MeaningRank = i + 1, Similarity = similarity, Score = hit.Score + part }
                : new FusedHit(document, null, i + 1, similarity, part);
        }

        return [.. hits.Values
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.LexicalRank ?? int.MaxValue)
            .ThenBy(h => h.MeaningRank ?? int.MaxValue)
            .ThenBy(h => h.Document)];
    }
}
