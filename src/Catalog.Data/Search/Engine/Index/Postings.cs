namespace Catalog.Data.Search.Engine.Index;

/// <summary>The inverted index: for each term, the papers that hold it (document numbers ascending), the weighted
/// count of the term in each (title 10, authors 4, abstract 1) and its positions, field by field, for phrases, kept as
/// differences (<see cref="EntryPositions"/>: 19 million positions of 86k arXiv papers take 25 MB, not 76).
/// Everything sits in a few flat arrays, a term's entries side by side.</summary>
internal sealed class Postings
{
    private readonly int[] _termStart;
    private readonly int[] _docs;
    private readonly int[] _frequencies;
    private readonly int[] _positionStart;
    private readonly byte[] _positions;
    private readonly int[] _blockStart;
    private readonly int[] _blockLastDoc;
    private readonly double[] _blockMaxNorm;

    public Postings(int[] termStart, int[] docs, int[] frequencies, int[] positionStart, byte[] positions, double[] lengthNorms)
    {
        (_termStart, _docs, _frequencies, _positionStart, _positions) = (termStart, docs, frequencies, positionStart, positions);
        var terms = termStart.Length - 1;
        _blockStart = new int[terms + 1];
        for (var t = 0; t < terms; t++)
        {
            _blockStart[t + 1] = _blockStart[t] + ((termStart[t + 1] - termStart[t] + PostingList.BlockSize - 1) / PostingList.BlockSize);
        }

        _blockLastDoc = new int[_blockStart[terms]];
        _blockMaxNorm = new double[_blockStart[terms]];
        Parallel.For(0, terms, t =>
        {
            var (from, to) = (termStart[t], termStart[t + 1]);
            var (blockFrom, blockTo) = (_blockStart[t], _blockStart[t + 1]);
            PostingList.FillBlocks(docs.AsSpan(from, to - from), frequencies.AsSpan(from, to - from), lengthNorms,
                _blockLastDoc.AsSpan(blockFrom, blockTo - blockFrom), _blockMaxNorm.AsSpan(blockFrom, blockTo - blockFrom));
        });
    }

    /// <summary>Where each term's entries start in <see cref="Docs"/>, and where the last one's end.</summary>
    public int[] TermStarts => _termStart;

    /// <summary>Each entry's paper, a term's entries side by side.</summary>
    public int[] Docs => _docs;

    /// <summary>Each entry's weighted count.</summary>
    public int[] Frequencies => _frequencies;

    /// <summary>Where each entry's positions start in <see cref="AllPositions"/>, and where the last one's end.</summary>
    public int[] PositionStarts => _positionStart;

    public byte[] AllPositions => _positions;

    /// <summary>How many papers hold the term.</summary>
    public int DocumentCount(int term) => _termStart[term + 1] - _termStart[term];

    public PostingList For(int term)
    {
        var start = _termStart[term];
        return new PostingList(_docs, _frequencies, start, _termStart[term + 1] - start, _blockLastDoc, _blockMaxNorm, _blockStart[term]);
    }

    /// <summary>The term's positions in the i-th paper of its list (<see cref="EngineField.Position"/>), ascending.</summary>
    public EntryPositions Positions(int term, int index)
    {
        var entry = _termStart[term] + index;
        return new EntryPositions(_positions.AsSpan(_positionStart[entry], _positionStart[entry + 1] - _positionStart[entry]));
    }

    /// <summary>Memory held, in bytes.</summary>
    public long Bytes => (4L * (_termStart.Length + _docs.Length + _frequencies.Length + _positionStart.Length
        + _blockStart.Length + _blockLastDoc.Length)) + _positions.Length + (8L * _blockMaxNorm.Length);
}
