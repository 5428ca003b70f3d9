using Catalog.Data.Search.Semantic;

namespace Catalog.Data.Tests.Search.Semantic;

/// <summary>One model for every test that embeds: loading it takes about a second and 200 MB.</summary>
public sealed class MiniLmFixture : IDisposable
{
    public MiniLmEmbedder Embedder { get; } = new();

    public void Dispose() => Embedder.Dispose();
}
