using System.Diagnostics;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using Catalog.Data.Search.Semantic;
using Xunit.Abstractions;

namespace Catalog.Data.Tests.Search.Semantic;

/// <summary>The int8 scan against the plain algorithm: float cosines, a brute-force ranking.</summary>
public sealed class PaperVectorsTests(ITestOutputHelper output)
{
    private const int Dimensions = 384;

    [Fact]
    public void Quantized_similarity_is_within_two_hundredths_of_the_float_cosine()
    {
        var random = new Random(18);
        var vectors = Enumerable.Range(1, 200).Select(_ => Unit(random)).ToArray();
        var papers = PaperVectors.Create(Dimensions, vectors.Select((v, i) => ((long)i + 1, QuantizedVector.From(v))), vectors.Length);

        for (var q = 0; q < 20; q++)
        {
            // Queries near a paper, so the cosines span the range, not only the near-zero of random pairs.
            var query = Mix(vectors[q], Unit(random), q / 20f);
            for (var i = 0; i < vectors.Length; i++)
            {
                var exact = TensorPrimitives.CosineSimilarity(query, vectors[i]);
                var quantized = papers.Similarity(i + 1, query)!.Value;
                Assert.InRange(quantized - exact, -0.02f, 0.02f);
            }
        }
    }

    [Fact]
    public void Nearest_is_the_brute_force_ranking_of_the_quantized_vectors_and_overlaps_the_floats_top_ten()
    {
        var random = new Random(42);
        var vectors = Enumerable.Range(0, 5_000).Select(_ => Unit(random)).ToArray();
        var papers = PaperVectors.Create(Dimensions, vectors.Select((v, i) => ((long)i * 3, QuantizedVector.From(v))), vectors.Length);

        for (var q = 0; q < 20; q++)
        {
            var query = Mix(vectors[random.Next(vectors.Length)], Unit(random), 0.5f);
            var found = papers.Nearest(query, 10);

            var slow = Enumerable.Range(0, vectors.Length)
                .Select(i => (RowId: (long)i * 3, Similarity: papers.Similarity((long)i * 3, query)!.Value))
                .OrderByDescending(m => m.Similarity).Take(10).ToList();
            Assert.Equal(slow.Select(m => m.RowId), found.Select(m => m.RowId));
            Assert.Equal(slow.Select(m => m.Similarity), found.Select(m => m.Similarity));

            var floats = Enumerable.Range(0, vectors.Length)
                .OrderByDescending(i => TensorPrimitives.Dot(query, vectors[i])).Take(10).Select(i => (long)i * 3);
            Assert.True(floats.Intersect(found.Select(m => m.RowId)).Count() >= 8);
            Assert.Equal(floats.First(), found[0].RowId);
        }
    }

    [Fact]
    public void Nearest_keeps_to_the_allowed_papers_and_similar_papers_leave_the_paper_out()
    {
        var random = new Random(7);
        var vectors = Enumerable.Range(0, 300).Select(_ => Unit(random)).ToArray();
        var papers = PaperVectors.Create(Dimensions, vectors.Select((v, i) => ((long)i + 1, QuantizedVector.From(v))), 310);

        var even = papers.Nearest(vectors[10], 20, rowId => rowId % 2 == 0);
        var like = papers.Nearest(11, 5);

        Assert.Equal(20, even.Count);
        Assert.All(even, m => Assert.Equal(0, m.RowId % 2));
        Assert.Equal(5, like.Count);
        Assert.DoesNotContain(like, m => m.RowId == 11);
        Assert.Equal(papers.Nearest(vectors[10], 6).Skip(1).Select(m => m.RowId), like.Select(m => m.RowId));
        Assert.Empty(papers.Nearest(999, 5));
        var some = papers.Similarities(vectors[3], [4, 999, 1]);
        Assert.Equal([papers.Similarity(4, vectors[3])!.Value, float.NaN, papers.Similarity(1, vectors[3])!.Value], some);
        Assert.InRange(some[0], 0.99f, 1.01f);
        Assert.Null(papers.Similarity(999, vectors[0]));
        Assert.Equal(300, papers.Count);
        Assert.Equal(300 / 310.0, papers.Covers, 6);
    }

    [Fact]
    public void Scanning_86k_vectors_takes_milliseconds()
    {
        const int count = 86_000;
        var random = new Random(86);
        var one = new sbyte[Dimensions];
        var papers = PaperVectors.Create(Dimensions, Enumerable.Range(1, count).Select(i =>
        {
            random.NextBytes(MemoryMarshal.AsBytes(one.AsSpan()));
            return ((long)i, new QuantizedVector((sbyte[])one.Clone(), 0.01f));
        }), count);
        var query = Unit(random);
        papers.Nearest(query, 10);

        var clock = Stopwatch.StartNew();
        const int scans = 20;
        for (var i = 0; i < scans; i++)
        {
            papers.Nearest(query, 10);
        }

        var each = clock.Elapsed.TotalMilliseconds / scans;
        output.WriteLine($"Nearest over {count} synthetic int8 vectors of {Dimensions}: {each:0.00} ms a scan; {papers.Bytes / (1024.0 * 1024):0.0} MiB");
        Assert.True(papers.Bytes < 40L << 20);
        // Generous for a shared machine of two cores; it is 3 to 5 ms here.
        Assert.True(each < 100, $"{each:0.0} ms a scan");
    }

    private static float[] Unit(Random random)
    {
        var v = new float[Dimensions];
        for (var i = 0; i < v.Length; i++)
        {
            // Gaussian by Box-Muller, so the direction is uniform.
            v[i] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        }

        TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
        return v;
    }

    private static float[] Mix(float[] a, float[] b, float weightOfB)
    {
        var v = new float[a.Length];
        for (var i = 0; i < v.Length; i++)
        {
            v[i] = ((1 - weightOfB) * a[i]) + (weightOfB * b[i]);
        }

        TensorPrimitives.Divide(v, TensorPrimitives.Norm(v), v);
        return v;
    }
}
