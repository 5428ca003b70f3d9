using System.Collections.Concurrent;

namespace Catalog.Data.Search;

/// <summary>Results of recent searches for the current catalog version. A catalog never changes between imports,
/// so a cached result stays right until the version moves on, when the whole cache is dropped.</summary>
internal sealed class SearchResultCache
{
    public const int Capacity = 1024;

    private Generation _current = new(-1);

    public SearchResult GetOrAdd(long version, SearchRequest request, Func<SearchResult> search)
    {
        // A search adds its result to the generation it started in, so a result read from an old catalog file
        // never lands among the new file's results.
        var generation = Volatile.Read(ref _current);
        if (generation.Version != version || generation.Entries.Count >= Capacity)
        {
            // Dropping everything at capacity is crude but bounded; popular searches come back on their next request.
            generation = new Generation(version);
            Volatile.Write(ref _current, generation);
        }

        if (generation.Entries.TryGetValue(request, out var cached))
        {
            return cached;
        }

        var result = search();
        generation.Entries.TryAdd(request, result);
        return result;
    }

    private sealed class Generation(long version)
    {
        public long Version { get; } = version;

        public ConcurrentDictionary<SearchRequest, SearchResult> Entries { get; } = new(SearchRequestComparer.Instance);
    }

    /// <summary>Requests are equal when their URLs would be: records compare lists by reference, so compare by value.</summary>
    private sealed class SearchRequestComparer : IEqualityComparer<SearchRequest>
    {
        public static readonly SearchRequestComparer Instance = new();

        public bool Equals(SearchRequest? x, SearchRequest? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && Key(x) == Key(y));

        public int GetHashCode(SearchRequest request) => StringComparer.Ordinal.GetHashCode(Key(request));

        private static string Key(SearchRequest r) =>
            string.Join('\u001f', r.Query, string.Join('\u001e', r.Authors), r.Year, r.Venue, r.Subject, r.Sort, r.Page, r.Size, r.AllAuthors);
    }
}
