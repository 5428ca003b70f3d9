namespace Catalog.Data.Search.Semantic;

/// <summary>A sentence-embedding model: texts in, one unit-length vector each out, so that the cosine of two texts is the
/// dot product of their vectors. Any text gives a vector (empty, very long, symbols only, a script the model never saw):
/// an embedder never throws for what a text holds.</summary>
public interface ITextEmbedder
{
    /// <summary>Names the model and how texts reach it (its tokenizer and length cap). It is part of every
    /// <see cref="EmbeddingKey"/>, so vectors of another model are never mixed with these.</summary>
    string Model { get; }

    /// <summary>The length of every vector.</summary>
    int Dimensions { get; }

    /// <summary>One L2-normalised vector of <see cref="Dimensions"/> numbers per text, in the texts' order.</summary>
    float[][] Embed(IReadOnlyList<string> texts);
}
