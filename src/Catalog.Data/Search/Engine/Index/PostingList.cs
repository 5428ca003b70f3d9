namespace Catalog.Data.Search.Engine.Index;

/// <summary>The papers that hold a term (or a phrase, or any term of a prefix) in document order, each with the weighted
/// count bm25 needs, cut in blocks of <see cref="BlockSize"/> that carry their last document and the best frequency norm
/// in them: what lets the top-k skip a block that cannot reach the page.</summary>
internal readonly struct PostingList(int[] docs, int[] frequencies, int start, int count, int[] blockLastDoc, double[] blockMaxNorm, int blockStart)
{
    public const int BlockSize = 128;

    public static readonly PostingList Empty = new([], [], 0, 0, [], [], 0);

    public int Count => count;

    public ReadOnlySpan<int> Docs => docs.AsSpan(start, count);

    public ReadOnlySpan<int> Frequencies => frequencies.AsSpan(start, count);

    public int BlockCount => (count + BlockSize - 1) / BlockSize;

    public int BlockLastDoc(int block) => blockLastDoc[blockStart + block];

    /// <summary>The largest <see cref="Bm25.TermFrequencyNorm"/> of any paper in the block.</summary>
    public double BlockMaxNorm(int block) => blockMaxNorm[blockStart + block];

    /// <summary>A list made at query time (a phrase, a prefix), with its blocks worked out now.</summary>
    public static PostingList Materialize(int[] docs, int[] frequencies, int count, double[] lengthNorms)
    {
        var blocks = (count + BlockSize - 1) / BlockSize;
        var lastDoc = new int[blocks];
        var maxNorm = new double[blocks];
        FillBlocks(docs.AsSpan(0, count), frequencies.AsSpan(0, count), lengthNorms, lastDoc, maxNorm);
        return new PostingList(docs, frequencies, 0, count, lastDoc, maxNorm, 0);
    }

    public static void FillBlocks(ReadOnlySpan<int> docs, ReadOnlySpan<int> frequencies, double[] lengthNorms, Span<int> lastDoc, Span<double> maxNorm)
    {
        for (var block = 0; block * BlockSize < docs.Length; block++)
        {
            var end = Math.Min(docs.Length, (block + 1) * BlockSize);
            var max = 0.0;
            for (var i = block * BlockSize; i < end; i++)
            {
                max = Math.Max(max, Bm25.TermFrequencyNorm(frequencies[i], lengthNorms[docs[i]]));
            }

            lastDoc[block] = docs[end - 1];
            maxNorm[block] = max;
        }
    }
}
