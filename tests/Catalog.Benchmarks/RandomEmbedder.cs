using System.Security.Cryptography;
using System.Text;
using Catalog.Data.Search.Semantic;

namespace Catalog.Benchmarks;

/// <summary>Stands in for the model where only the bookkeeping around it is measured (86k papers' keys, the store, the
/// load, a scan): a unit vector drawn from the text's hash, in microseconds. Its own model name keeps its vectors apart,
/// unless it is given the model's (<see cref="StandingInForTheModel"/>): then the app takes its vectors for the model's.</summary>
public sealed class RandomEmbedder(string model = "benchmark-random-384") : ITextEmbedder
{
    /// <summary>Random vectors filed under the app's model name, so the app finds every paper embedded and ranks by
    /// them: what a page costs with meaning, without the half hour the model takes over 86k abstracts.</summary>
    public static RandomEmbedder StandingInForTheModel() => new(MiniLmEmbedder.ModelName);

    public string Model => model;

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
