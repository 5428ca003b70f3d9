using Catalog.Data.Search.Semantic;

namespace Catalog.Data.Tests.Search.Semantic;

/// <summary>The real model, counting the texts it is given, and optionally running something before each call (to
/// swap the catalog or cancel mid-way).</summary>
internal sealed class CountingEmbedder(ITextEmbedder inner) : ITextEmbedder
{
    private int _texts;

    public string Model => inner.Model;

    public int Dimensions => inner.Dimensions;

    public int Texts => Volatile.Read(ref _texts);

    public List<string> Seen { get; } = [];

    public Action? BeforeEach { get; set; }

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        BeforeEach?.Invoke();
        Interlocked.Add(ref _texts, texts.Count);
        lock (Seen)
        {
            Seen.AddRange(texts);
        }

        return inner.Embed(texts);
    }
}
