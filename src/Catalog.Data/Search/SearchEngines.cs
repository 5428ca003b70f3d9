using Catalog.Data.Search.Engine;
using Catalog.Data.Store;

namespace Catalog.Data.Search;

/// <summary>One search engine per catalog version: read in the background from the catalog file, where the import saved
/// it, when a version is first opened; dropped when an import swaps in a new file. A search made while it is read waits
/// for it.</summary>
public sealed class SearchEngines(CatalogDatabase database)
{
    private readonly Lock _lock = new();
    private Generation? _current;

    /// <summary>Starts building the engine of the catalog as it is now, unless that is under way; the task ends when it is ready.</summary>
    public Task<SearchEngine> WarmUpAsync() => Current().Engine;

    /// <summary>The engine of the current catalog version, once it is built: what a request awaits, so no request
    /// thread waits while an engine loads.</summary>
    public Task<SearchEngine> GetAsync() => Current().Engine;

    /// <summary>The engine of the current catalog version, blocking until it is built: for callers outside a request
    /// (tests, benchmarks, tools), never on the app's request path, which uses <see cref="GetAsync"/>.</summary>
    public SearchEngine Get() => Current().Engine.GetAwaiter().GetResult();

    private Generation Current()
    {
        var version = database.Version;
        lock (_lock)
        {
            // A build that failed (the file went away mid-read) is tried again by the next search.
            if (_current is null || _current.Version != version || _current.Engine.IsFaulted)
            {
                _current = new Generation(version, Task.Run(Build));
            }

            return _current;
        }
    }

    private SearchEngine Build()
    {
        using var connection = database.Open();
        return SearchEngine.Open(new CatalogEngineStore(connection));
    }

    private sealed record Generation(long Version, Task<SearchEngine> Engine);
}
