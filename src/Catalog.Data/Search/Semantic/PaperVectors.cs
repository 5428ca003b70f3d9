namespace Catalog.Data.Search.Semantic;

/// <summary>The papers' vectors of one catalog version, in memory: one contiguous array of bytes (384 per paper: 33 MB
/// for 86k papers), searched by an exact scan. Similarities are the cosines of the quantized vectors (within about
/// 0.01 of the floats'). Immutable, so any number of requests read it at once; <see cref="SemanticIndex"/> gives the
/// current one.</summary>
public sealed class PaperVectors
{
    private readonly long[] _rowIds;      // ascending, so a rowid is found by binary search
    private readonly sbyte[] _values;     // vector i at [i * Dimensions, (i + 1) * Dimensions)
    private readonly float[] _inverseNorms;

    private PaperVectors(int dimensions, long[] rowIds, sbyte[] values, int catalogPapers, long version)
    {
        Dimensions = dimensions;
        _rowIds = rowIds;
        _values = values;
        CatalogPapers = catalogPapers;
        Version = version;
        _inverseNorms = new float[rowIds.Length];
        var query = new short[dimensions];
        for (var i = 0; i < rowIds.Length; i++)
        {
            var vector = Row(i);
            Widen(vector, query);
            var squared = Int8Dot.Dot(vector, query);
            _inverseNorms[i] = squared > 0 ? 1 / MathF.Sqrt(squared) : 0;
        }
    }

    public int Dimensions { get; }

    /// <summary>Papers that have a vector here.</summary>
    public int Count => _rowIds.Length;

    /// <summary>Papers in the catalog version these vectors were made for.</summary>
    public int CatalogPapers { get; }

    /// <summary>The share of the catalog's papers that have a vector, from 0 to 1 (1 for an empty catalog).</summary>
    public double Covers => CatalogPapers == 0 ? 1 : Math.Min(1, (double)Count / CatalogPapers);

    /// <summary>The <see cref="Store.CatalogDatabase.Version"/> these vectors belong to (rowids mean nothing in another).</summary>
    public long Version { get; }

    /// <summary>Memory the vectors take.</summary>
    public long Bytes => _values.LongLength + (_rowIds.LongLength * sizeof(long)) + (_inverseNorms.LongLength * sizeof(float));

    /// <summary>Vectors of papers, in any order (a rowid given twice keeps its last vector).</summary>
    public static PaperVectors Create(int dimensions, IEnumerable<(long RowId, QuantizedVector Vector)> vectors, int catalogPapers, long version = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        ArgumentNullException.ThrowIfNull(vectors);
        var byRow = new SortedDictionary<long, QuantizedVector>();
        foreach (var (rowId, vector) in vectors)
        {
            if (vector.Dimensions != dimensions)
            {
                throw new ArgumentException($"Paper {rowId} has {vector.Dimensions} numbers, not {dimensions}.", nameof(vectors));
            }

            byRow[rowId] = vector;
        }

        var rowIds = new long[byRow.Count];
        var values = new sbyte[(long)byRow.Count * dimensions];
        var at = 0;
        foreach (var (rowId, vector) in byRow)
        {
            rowIds[at] = rowId;
            vector.Values.CopyTo(values, (long)at * dimensions);
            at++;
        }

        return new PaperVectors(dimensions, rowIds, values, catalogPapers, version);
    }

    public bool Contains(long rowId) => Array.BinarySearch(_rowIds, rowId) >= 0;

    /// <summary>The <paramref name="take"/> papers closest in meaning to <paramref name="query"/> (a vector of the same
    /// embedder, <see cref="ITextEmbedder.Embed"/>), most similar first, among those <paramref name="allowed"/> lets
    /// through (all when null): an exact scan of every vector.</summary>
    public IReadOnlyList<SemanticMatch> Nearest(ReadOnlySpan<float> query, int take, Func<long, bool>? allowed = null)
    {
        var (shorts, inverseNorm) = QueryOf(query);
        return Scan(shorts, inverseNorm, take, allowed, exclude: -1);
    }

    /// <summary>The papers closest in meaning to paper <paramref name="rowId"/>, itself left out: "similar papers by
    /// meaning". Empty when that paper has no vector.</summary>
    public IReadOnlyList<SemanticMatch> Nearest(long rowId, int take, Func<long, bool>? allowed = null)
    {
        var index = Array.BinarySearch(_rowIds, rowId);
        if (index < 0)
        {
            return [];
        }

        var shorts = new short[Dimensions];
        Widen(Row(index), shorts);
        return Scan(shorts, _inverseNorms[index], take, allowed, exclude: index);
    }

    /// <summary>The cosine of paper <paramref name="rowId"/>'s vector with <paramref name="query"/>, or null when the paper
    /// has none: for ranking a list made another way (fusion with the lexical ranking).</summary>
    public float? Similarity(long rowId, ReadOnlySpan<float> query)
    {
        var index = Array.BinarySearch(_rowIds, rowId);
        if (index < 0)
        {
            return null;
        }

        var (shorts, inverseNorm) = QueryOf(query);
        return Int8Dot.Dot(Row(index), shorts) * _inverseNorms[index] * inverseNorm;
    }

    /// <summary>The cosines of these papers' vectors with <paramref name="query"/>, in their order (NaN for a paper
    /// without one): the query is quantized once, for re-ranking a lexical page or fusing two lists.</summary>
    public float[] Similarities(ReadOnlySpan<float> query, IReadOnlyList<long> rowIds)
    {
        ArgumentNullException.ThrowIfNull(rowIds);
        var (shorts, inverseNorm) = QueryOf(query);
        var similarities = new float[rowIds.Count];
        for (var i = 0; i < similarities.Length; i++)
        {
            var index = Array.BinarySearch(_rowIds, rowIds[i]);
            similarities[i] = index < 0 ? float.NaN : Int8Dot.Dot(Row(index), shorts) * _inverseNorms[index] * inverseNorm;
        }

        return similarities;
    }

    /// <summary>Paper <paramref name="rowId"/>'s vector as floats (unit length, up to quantization), or null.</summary>
    public float[]? VectorOf(long rowId)
    {
        var index = Array.BinarySearch(_rowIds, rowId);
        if (index < 0)
        {
            return null;
        }

        var floats = new float[Dimensions];
        var row = Row(index);
        for (var i = 0; i < floats.Length; i++)
        {
            floats[i] = row[i] * _inverseNorms[index];
        }

        return floats;
    }

    private List<SemanticMatch> Scan(short[] query, float queryInverseNorm, int take, Func<long, bool>? allowed, int exclude)
    {
        if (take <= 0 || Count == 0)
        {
            return [];
        }

        // A min-heap of the best so far: a paper enters when it beats the worst of them.
        var best = new PriorityQueue<int, float>(Math.Min(take, Count) + 1);
        for (var i = 0; i < _rowIds.Length; i++)
        {
            if (i == exclude || (allowed is not null && !allowed(_rowIds[i])))
            {
                continue;
            }

            var score = Int8Dot.Dot(Row(i), query) * _inverseNorms[i];
            if (best.Count < take)
            {
                best.Enqueue(i, score);
            }
            else if (best.TryPeek(out _, out var worst) && score > worst)
            {
                best.DequeueEnqueue(i, score);
            }
        }

        var found = new List<SemanticMatch>(best.Count);
        while (best.TryDequeue(out var i, out var score))
        {
            found.Add(new SemanticMatch(_rowIds[i], score * queryInverseNorm));
        }

        found.Reverse();
        return found;
    }

    private (short[] Shorts, float InverseNorm) QueryOf(ReadOnlySpan<float> query)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"A query of {query.Length} numbers for vectors of {Dimensions}.", nameof(query));
        }

        Span<sbyte> bytes = stackalloc sbyte[Dimensions];
        QuantizedVector.Quantize(query, bytes);
        var shorts = new short[Dimensions];
        Widen(bytes, shorts);
        var squared = Int8Dot.Dot(bytes, shorts);
        return (shorts, squared > 0 ? 1 / MathF.Sqrt(squared) : 0);
    }

    private ReadOnlySpan<sbyte> Row(int index) => _values.AsSpan(index * Dimensions, Dimensions);

    private static void Widen(ReadOnlySpan<sbyte> bytes, Span<short> into)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            into[i] = bytes[i];
        }
    }
}
