namespace Catalog.Data.Tests.Search.Semantic;

/// <summary>An <see cref="IProgress{T}"/> that runs its handler at once, on the reporting thread
/// (<see cref="Progress{T}"/> posts it later).</summary>
internal sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
