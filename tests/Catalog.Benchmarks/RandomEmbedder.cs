using System.Security.Cryptography;
using System.Text;
using Catalog.Data.Search.Semantic;

namespace Catalog.Benchmarks;

/// <summary>Stands in for the model where only the bookkeeping around it is measured (86k papers' keys, the store, the
/// load): a unit vector drawn from the text's hash, in microseconds. Its own model name keeps its vectors apart.</summary>
public sealed class RandomEmbedder : ITextEmbedder
{
    public string Model => "benchmark-random-384";

    public int Dimensions => 384;

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        var vectors = new float[texts.Count][];
        for (var t = 0; t < texts.Count; t++)
        {
            var random = new Random(BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(texts[t]))));
            var vector = new float[Dimensions];
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] = (float)(random.NextDouble() - 0.5);
            }

            var norm = MathF.Sqrt(vector.Sum(x => x * x));
            vectors[t] = [.. vector.Select(x => x / norm)];
        }

        return vectors;
    }
}
