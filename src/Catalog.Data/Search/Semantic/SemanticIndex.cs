using System.Collections.Concurrent;
using System.Diagnostics;
using Catalog.Data.Queries;
using Catalog.Data.Store;

namespace Catalog.Data.Search.Semantic;

/// <summary>The papers' vectors for the current catalog version, the way <see cref="SearchEngines"/> keeps its engines:
/// <see cref="Current"/> is the <see cref="PaperVectors"/> of the catalog as it is now when every one of its papers has
/// a vector, and null otherwise (still computing, a new catalog just swapped in, or turned off), in which case a search
/// ranks lexically. <see cref="EmbedMissingAsync"/> fills the gap: it embeds the papers whose text has no vector in the
/// <see cref="EmbeddingStore"/> yet, stores them, and publishes the vectors. Queries are embedded with
/// <see cref="EmbedQuery"/>.</summary>
public sealed class SemanticIndex : IDisposable
{
    /// <summary>Papers embedded (and stored) at a time, unless told otherwise: a cancellation waits for at most one
    /// batch (about 2 s on one thread).</summary>
    public const int DefaultBatchSize = 16;

    private readonly CatalogDatabase _database;
    private readonly int _batchSize;
    private readonly SemaphoreSlim _running = new(1, 1);
    private volatile PaperVectors? _vectors;
    private volatile Progress? _progress;

    /// <param name="database">The catalog.</param>
    /// <param name="embedder">The model, for papers and queries alike.</param>
    /// <param name="store">Where vectors are kept; by default the file beside the catalog (<see cref="EmbeddingStore.Beside"/>).</param>
    /// <param name="enabled">False (the setting <c>Catalog:Semantic</c>): <see cref="Current"/> is always null and
    /// nothing is embedded.</param>
    /// <param name="batchSize">Papers embedded and stored at a time.</param>
    public SemanticIndex(CatalogDatabase database, ITextEmbedder embedder, EmbeddingStore? store = null, bool enabled = true,
        int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        _batchSize = batchSize;
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(embedder);
        _database = database;
        Embedder = embedder;
        Store = store ?? EmbeddingStore.Beside(database.Path);
        Enabled = enabled;
    }

    public ITextEmbedder Embedder { get; }

    /// <summary>The catalog whose papers are embedded.</summary>
    public CatalogDatabase Database => _database;

    public EmbeddingStore Store { get; }

    public bool Enabled { get; }

    /// <summary>After a complete run, remove the vectors of texts the catalog no longer holds once they outnumber its
    /// papers (so a file beside a catalog stays within about twice its size, and an edit undone soon after is not
    /// embedded again). Off for a store that several catalogs share.</summary>
    public bool PruneStale { get; init; } = true;

    /// <summary>Raised when a catalog version's vectors are complete and <see cref="Current"/> gives them.</summary>
    public event EventHandler<PaperVectors>? Ready;

    /// <summary>The vectors of the current catalog version, every paper included; null while they are not (then rank
    /// lexically, and say so: meaning took no part).</summary>
    public PaperVectors? Current
    {
        get
        {
            if (!Enabled)
            {
                return null;
            }

            var vectors = _vectors;
            return vectors is not null && vectors.Version == _database.Version ? vectors : null;
        }
    }

    /// <summary>Ready, Computing k of n, Waiting (nothing looked for yet in this version) or Off.</summary>
    public SemanticStatus Status
    {
        get
        {
            if (!Enabled)
            {
                return SemanticStatus.Off;
            }

            var version = _database.Version;
            if (_vectors is { } vectors && vectors.Version == version)
            {
                return new SemanticStatus(SemanticState.Ready, vectors.Count, vectors.CatalogPapers);
            }

            return _progress is { } progress && progress.Version == version
                ? new SemanticStatus(SemanticState.Computing, progress.Done, progress.Papers)
                : SemanticStatus.Waiting;
        }
    }

    /// <summary>Queries whose vectors are kept, so a search asked again (another page, another filter, another visitor)
    /// is not embedded again; past it the cache starts over.</summary>
    public const int QueryCacheSize = 1000;

    private readonly ConcurrentDictionary<string, float[]> _queries = new(StringComparer.Ordinal);

    /// <summary>A query's vector (any text gives one; see <see cref="ITextEmbedder"/>): about 3 ms for a short query on
    /// one thread, 40 ms for one as long as an abstract, the first call loading the model (0.4 s); or the vector of the
    /// same text asked lately.</summary>
    public float[] EmbedQuery(string query)
    {
        query ??= "";
        if (_queries.TryGetValue(query, out var vector))
        {
            return vector;
        }

        if (_queries.Count >= QueryCacheSize)
        {
            _queries.Clear();
        }

        return _queries[query] = Embedder.Embed([query])[0];
    }

    /// <summary>Embeds the current catalog's papers that have no stored vector, a batch at a time, each
    /// batch stored as it is done (what is done survives a stop), then loads every paper's vector and publishes them as
    /// <see cref="Current"/>. A catalog swapped in meanwhile is started on instead (what was embedded is kept: it is
    /// filed by text). One run at a time; a second caller waits and then finds the work done. Throws
    /// <see cref="OperationCanceledException"/> between batches once <paramref name="cancel"/> is set; returns null when
    /// turned off.</summary>
    public async Task<EmbeddingRun?> EmbedMissingAsync(IProgress<SemanticStatus>? progress = null, CancellationToken cancel = default)
    {
        if (!Enabled)
        {
            return null;
        }

        await _running.WaitAsync(cancel).ConfigureAwait(false);
        try
        {
            return await Task.Run(() => EmbedMissing(progress, cancel), cancel).ConfigureAwait(false);
        }
        catch
        {
            // Stopped or failed: the status goes back to Waiting, so the next run starts over (from what was stored).
            _progress = null;
            throw;
        }
        finally
        {
            _running.Release();
        }
    }

    private EmbeddingRun EmbedMissing(IProgress<SemanticStatus>? progress, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        var fresh = new Dictionary<string, QuantizedVector>(StringComparer.Ordinal);
        var embedded = 0;
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            var version = _database.Version;
            if (_vectors is { } done && done.Version == version)
            {
                return new EmbeddingRun(done.CatalogPapers, done.Count, 0, clock.Elapsed, done);
            }

            using var connection = _database.Open();
            var papers = new List<(long RowId, string Key)>();
            foreach (var (rowId, title, abstractText) in PaperQueries.Texts(connection))
            {
                papers.Add((rowId, EmbeddingKey.For(Embedder.Model, PaperEmbeddingText.Of(title, abstractText))));
            }

            var keys = papers.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            var vectors = Store.Read(Embedder.Model, Embedder.Dimensions, keys);
            var kept = vectors.Count;
            foreach (var (key, vector) in fresh)
            {
                if (keys.Contains(key))
                {
                    vectors.TryAdd(key, vector);
                }
            }

            var missing = papers.Where(p => !vectors.ContainsKey(p.Key)).Select(p => p.RowId).Distinct().ToList();
            var covered = papers.Count - missing.Count;
            Report(progress, new Progress(version, covered, papers.Count));
            var swapped = false;
            for (var start = 0; start < missing.Count; start += _batchSize)
            {
                cancel.ThrowIfCancellationRequested();
                if (_database.Version != version)
                {
                    swapped = true;
                    break;
                }

                var batch = PaperQueries.TextsOf(connection, missing.GetRange(start, Math.Min(_batchSize, missing.Count - start)));
                var texts = batch.Select(p => PaperEmbeddingText.Of(p.Title, p.Abstract)).ToList();
                var floats = Embedder.Embed(texts);
                var stored = new List<(string Key, QuantizedVector Vector)>(texts.Count);
                for (var i = 0; i < texts.Count; i++)
                {
                    var key = EmbeddingKey.For(Embedder.Model, texts[i]);
                    var vector = QuantizedVector.From(floats[i]);
                    vectors[key] = vector;
                    fresh[key] = vector;
                    stored.Add((key, vector));
                }

                Store.Write(Embedder.Model, stored);
                embedded += texts.Count;
                covered += texts.Count;
                Report(progress, new Progress(version, covered, papers.Count));
            }

            if (swapped || _database.Version != version)
            {
                continue;
            }

            var loaded = PaperVectors.Create(
                Embedder.Dimensions,
                papers.Where(p => vectors.ContainsKey(p.Key)).Select(p => (p.RowId, vectors[p.Key])),
                papers.Count,
                version);
            if (PruneStale && Store.Count() > (2L * keys.Count) + 1_000)
            {
                Store.Prune(keys);
            }

            _vectors = loaded;
            _progress = null;
            Ready?.Invoke(this, loaded);
            return new EmbeddingRun(papers.Count, kept, embedded, clock.Elapsed, loaded);
        }
    }

    public void Dispose() => _running.Dispose();

    private void Report(IProgress<SemanticStatus>? progress, Progress now)
    {
        _progress = now;
        progress?.Report(new SemanticStatus(SemanticState.Computing, now.Done, now.Papers));
    }

    private sealed record Progress(long Version, int Done, int Papers);
}
