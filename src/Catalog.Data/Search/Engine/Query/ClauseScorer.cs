using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Query;

/// <summary>Walks the posting lists of a query's scored terms forward (Lucene's Scorer): the bm25 score of a paper,
/// and the most any paper up to a point could score, from the lists' block maxima. A ranked query's score is multiplied
/// by its coordination, (groups held ÷ groups asked) to a power (<see cref="RankingSettings.CoordinationExponent"/>),
/// which is never above 1, so the bounds still hold.</summary>
internal sealed class ClauseScorer
{
    private readonly ClauseWeight[] _clauses;
    private readonly double[] _lengthNorms;
    private readonly int[] _entry;
    private readonly int[] _block;
    private readonly int[] _groupOf;
    private readonly double[] _coordination;

    public ClauseScorer(IReadOnlyList<ClauseWeight> clauses, double[] lengthNorms)
    {
        _clauses = [.. clauses];
        _lengthNorms = lengthNorms;
        _entry = new int[_clauses.Length];
        _block = new int[_clauses.Length];
        _groupOf = [];
        _coordination = [];
    }

    /// <summary>The scorer of a plan's terms; a ranked plan's scores weighed by how many of its groups a paper holds.</summary>
    public ClauseScorer(QueryPlan plan, double[] lengthNorms, double coordinationExponent)
        : this(plan.Scored, lengthNorms)
    {
        if (IsCoordinated(plan, coordinationExponent))
        {
            _groupOf = [.. plan.ScoredGroups];
            _coordination = [.. Enumerable.Range(0, plan.GroupCount + 1).Select(held => Coordination(plan, held, coordinationExponent))];
        }
    }

    /// <summary>What a paper's score is multiplied by when it holds <paramref name="held"/> of the plan's groups: the
    /// coordination of a ranked plan (at most 64 groups), else 1.</summary>
    public static double Coordination(QueryPlan plan, int held, double coordinationExponent) =>
        IsCoordinated(plan, coordinationExponent) ? Math.Pow((double)held / plan.GroupCount, coordinationExponent) : 1.0;

    private static bool IsCoordinated(QueryPlan plan, double coordinationExponent) =>
        plan.IsRanked && coordinationExponent > 0 && plan.GroupCount <= 64;

    /// <summary>The paper's score: the terms' shares added in query order, as FTS5 adds them. Papers must be asked
    /// for in ascending order.</summary>
    public double Score(int document)
    {
        var score = 0.0;
        var held = 0UL;
        for (var i = 0; i < _clauses.Length; i++)
        {
            var list = _clauses[i].List;
            if (!AdvanceBlock(i, document))
            {
                continue;
            }

            var docs = list.Docs;
            var entry = Math.Max(_entry[i], _block[i] * PostingList.BlockSize);
            while (docs[entry] < document)
            {
                entry++;
            }

            _entry[i] = entry;
            if (docs[entry] == document)
            {
                score += _clauses[i].Idf * Bm25.TermFrequencyNorm(list.Frequencies[entry], _lengthNorms[document]);
                if (_groupOf.Length > 0)
                {
                    held |= 1UL << _groupOf[i];
                }
            }
        }

        return _groupOf.Length == 0 ? score : score * _coordination[ulong.PopCount(held)];
    }

    /// <summary>The most a paper from <paramref name="document"/> to <c>WindowEnd</c> can score, and the last paper of
    /// that window: the first block of every list that is not behind the paper bounds it.</summary>
    public (double Bound, int WindowEnd) UpperBound(int document)
    {
        var bound = 0.0;
        var end = int.MaxValue;
        for (var i = 0; i < _clauses.Length; i++)
        {
            if (AdvanceBlock(i, document))
            {
                bound += _clauses[i].Idf * _clauses[i].List.BlockMaxNorm(_block[i]);
                end = Math.Min(end, _clauses[i].List.BlockLastDoc(_block[i]));
            }
        }

        return (bound, end);
    }

    /// <summary>Moves the list to its first block whose last paper is not before the paper; false when none is left.</summary>
    private bool AdvanceBlock(int clause, int document)
    {
        var list = _clauses[clause].List;
        var block = _block[clause];
        while (block < list.BlockCount && list.BlockLastDoc(block) < document)
        {
            block++;
        }

        _block[clause] = block;
        return block < list.BlockCount;
    }
}
