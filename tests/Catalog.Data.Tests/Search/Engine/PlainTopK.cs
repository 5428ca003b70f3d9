using Catalog.Data.Search.Engine.Index;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Tests.Search.Engine;

/// <summary>The plain algorithm the top-k collector's skipping is held to: every match scored, all sorted.</summary>
internal static class PlainTopK
{
    public static List<int> CollectAll(DocSet matches, ClauseScorer scorer, int k) =>
        [.. matches.ToList().Select(d => (Score: scorer.Score(d), Document: d))
            .OrderByDescending(m => m.Score).ThenBy(m => m.Document).Take(k).Select(m => m.Document)];
}
