namespace Catalog.Data.Search.Engine.Persistence;

/// <summary>Saves the engine's parts, each a run of raw bytes under a name, all or none: nothing is kept unless
/// <see cref="Commit"/> is called before the writer is disposed.</summary>
public interface IEnginePartWriter : IDisposable
{
    void Write(string name, ReadOnlySpan<byte> bytes);

    void Commit();
}
