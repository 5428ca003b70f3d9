using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Catalog.Data.Search.Engine;

/// <summary>Builds the engine's structures from the store's papers. Papers come in rowid order, in batches that
/// worker threads tokenize, each worker numbering the terms it meets on its own; the numbers are then made one
/// dictionary in byte order, and the postings are laid out term by term in two passes over the batches (count, fill).</summary>
internal static class IndexBuilder
{
    private const int BatchSize = 512;

    public static SearchIndex Build(IEnumerable<EngineDocument> documents, EngineSortOrders orders)
    {
        var workers = Math.Clamp(Environment.ProcessorCount, 1, 4);
        var locals = Enumerable.Range(0, workers).Select(_ => new LocalTerms()).ToArray();
        using var queue = new BlockingCollection<Batch>(2 * workers);
        var tasks = locals.Select(local => Task.Factory.StartNew(() =>
        {
            var tokenizer = new Tokenizer();
            foreach (var batch in queue.GetConsumingEnumerable())
            {
                batch.Index(local, tokenizer);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        var columns = new ColumnsBuilder();
        var batches = new List<Batch>();
        try
        {
            var batch = new Batch(0);
            foreach (var document in documents)
            {
                columns.Add(document);
                batch.Documents.Add(document);
                if (batch.Documents.Count == BatchSize)
                {
                    batches.Add(batch);
                    queue.Add(batch);
                    batch = new Batch(columns.Count);
                }
            }

            batches.Add(batch);
            queue.Add(batch);
        }
        finally
        {
            queue.CompleteAdding();
            Task.WaitAll(tasks);
        }

        var documentCount = columns.Count;
        var tokens = new long[documentCount];
        foreach (var b in batches)
        {
            b.DocumentTokens.CopyTo(tokens, b.FirstDocument);
        }

        var totalTokens = tokens.Sum();
        var average = documentCount == 0 ? 1.0 : (double)totalTokens / documentCount;
        var lengthNorms = Array.ConvertAll(tokens, t => Bm25.LengthNorm(t, average));
        var (dictionary, postings) = LayOut(locals, batches, lengthNorms);
        return new SearchIndex(dictionary, postings, columns.Build(orders, lengthNorms));
    }

    private static (TermDictionary, Postings) LayOut(LocalTerms[] locals, List<Batch> batches, double[] lengthNorms)
    {
        var terms = locals.SelectMany(l => l.Ids.Keys).Distinct(StringComparer.Ordinal).ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        var global = new Dictionary<string, int>(terms.Length, StringComparer.Ordinal);
        for (var i = 0; i < terms.Length; i++)
        {
            global[terms[i]] = i;
        }

        foreach (var local in locals)
        {
            local.ToGlobal = new int[local.Ids.Count];
            foreach (var (term, id) in local.Ids)
            {
                local.ToGlobal[id] = global[term];
            }
        }

        // Count each term's papers and positions, then fill, batch by batch in document order.
        var termStart = new int[terms.Length + 1];
        var positionCount = new long[terms.Length + 1];
        foreach (var batch in batches)
        {
            var map = batch.Terms!.ToGlobal;
            var stream = batch.Stream.Items;
            for (var i = 0; i < stream.Length; i += 4 + stream[i + 3])
            {
                var term = map[stream[i]];
                termStart[term + 1]++;
                positionCount[term + 1] += stream[i + 3];
            }
        }

        for (var t = 0; t < terms.Length; t++)
        {
            termStart[t + 1] += termStart[t];
            positionCount[t + 1] += positionCount[t];
        }

        var entries = termStart[terms.Length];
        var docs = new int[entries];
        var frequencies = new int[entries];
        var positionStart = new int[entries + 1];
        var positions = new int[checked((int)positionCount[terms.Length])];
        var nextEntry = termStart[..^1];
        var nextPosition = positionCount[..^1];
        foreach (var batch in batches)
        {
            var map = batch.Terms!.ToGlobal;
            var stream = batch.Stream.Items;
            for (var i = 0; i < stream.Length;)
            {
                var term = map[stream[i]];
                var count = stream[i + 3];
                var entry = nextEntry[term]++;
                docs[entry] = stream[i + 1];
                frequencies[entry] = stream[i + 2];
                var at = (int)nextPosition[term];
                positionStart[entry] = at;
                stream.Slice(i + 4, count).CopyTo(positions.AsSpan(at));
                nextPosition[term] += count;
                i += 4 + count;
            }
        }

        positionStart[entries] = positions.Length;
        return (new TermDictionary(terms), new Postings(termStart, docs, frequencies, positionStart, positions, lengthNorms));
    }

    /// <summary>One worker's term numbers.</summary>
    private sealed class LocalTerms
    {
        public Dictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);

        public int[] ToGlobal { get; set; } = [];
    }

    /// <summary>Consecutive papers, tokenized by one worker into a stream of entries: term, document, weighted count,
    /// number of positions, positions.</summary>
    private sealed class Batch(int firstDocument)
    {
        public int FirstDocument { get; } = firstDocument;

        public List<EngineDocument> Documents { get; } = new(BatchSize);

        public IntBuffer Stream { get; } = new();

        public long[] DocumentTokens { get; private set; } = [];

        public LocalTerms? Terms { get; private set; }

        public void Index(LocalTerms terms, Tokenizer tokenizer)
        {
            Terms = terms;
            DocumentTokens = new long[Documents.Count];
            var sink = new OccurrenceSink(terms.Ids.GetAlternateLookup<ReadOnlySpan<char>>());
            for (var d = 0; d < Documents.Count; d++)
            {
                var document = Documents[d];
                sink.Occurrences.Clear();
                sink.Start(EngineField.Title);
                tokenizer.Tokenize(document.Title, ref sink);
                sink.Start(EngineField.Authors);
                tokenizer.Tokenize(document.Authors, ref sink);
                sink.Start(EngineField.Abstract);
                tokenizer.Tokenize(document.Abstract, ref sink);
                DocumentTokens[d] = sink.Occurrences.Count;
                Emit(FirstDocument + d, CollectionsMarshal.AsSpan(sink.Occurrences));
            }

            Documents.Clear();
            Documents.TrimExcess();
        }

        private void Emit(int document, Span<long> occurrences)
        {
            occurrences.Sort();
            for (var i = 0; i < occurrences.Length;)
            {
                var term = (int)(occurrences[i] >> 32);
                var end = i;
                var frequency = 0;
                while (end < occurrences.Length && (int)(occurrences[end] >> 32) == term)
                {
                    frequency += EngineField.Weights[EngineField.FieldOf((int)occurrences[end])];
                    end++;
                }

                Stream.Add(term);
                Stream.Add(document);
                Stream.Add(frequency);
                Stream.Add(end - i);
                for (var j = i; j < end; j++)
                {
                    Stream.Add((int)occurrences[j]);
                }

                i = end;
            }
        }
    }

    /// <summary>Numbers each term as it comes and notes where it occurs: (term number, position) in one long.</summary>
    private struct OccurrenceSink(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup) : ITokenSink
    {
        private char[] _chars = new char[256];
        private int _field;
        private int _offset;

        public List<long> Occurrences { get; } = [];

        public void Start(int field) => (_field, _offset) = (field, 0);

        public void Token(ReadOnlySpan<byte> term, int start, int end)
        {
            if (_chars.Length < term.Length)
            {
                _chars = new char[term.Length * 2];
            }

            var chars = _chars.AsSpan(0, term.Length);
            TermText.Widen(term, chars);
            if (!lookup.TryGetValue(chars, out var id))
            {
                id = lookup.Dictionary.Count;
                lookup.TryAdd(chars, id);
            }

            Occurrences.Add(((long)id << 32) | (uint)EngineField.Position(_field, _offset++));
        }
    }
}
