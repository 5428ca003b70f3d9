using System.Collections.Concurrent;
using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Build;

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
            var tokenizer = new Tokenizer { KeepsSurface = true };
            local.Sink.Surfaces = tokenizer;
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
        return new SearchIndex(dictionary, postings, columns.Build(orders, lengthNorms), HyphenCompoundRecorder.Merge(locals.Select(l => l.Compounds)));
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

        // Count each term's papers and its positions' bytes, then fill, batch by batch in document order.
        var termStart = new int[terms.Length + 1];
        var positionBytes = new long[terms.Length + 1];
        foreach (var batch in batches)
        {
            var map = batch.Terms!.ToGlobal;
            var stream = batch.Stream.Items;
            for (var i = 0; i < stream.Length;)
            {
                var documentEntries = stream[i++];
                for (var e = 0; e < documentEntries; e++)
                {
                    var term = map[stream[i]];
                    termStart[term + 1]++;
                    positionBytes[term + 1] += stream[i + 2];
                    i += 3;
                }
            }
        }

        for (var t = 0; t < terms.Length; t++)
        {
            termStart[t + 1] += termStart[t];
            positionBytes[t + 1] += positionBytes[t];
        }

        var entries = termStart[terms.Length];
        var docs = new int[entries];
        var frequencies = new int[entries];
        var positionStart = new int[entries + 1];
        var positions = new byte[checked((int)positionBytes[terms.Length])];
        var nextEntry = termStart[..^1];
        var nextPosition = positionBytes[..^1];
        foreach (var batch in batches)
        {
            var map = batch.Terms!.ToGlobal;
            var stream = batch.Stream.Items;
            var batchPositions = batch.Positions.Items;
            var document = batch.FirstDocument;
            for (var (i, read) = (0, 0); i < stream.Length; document++)
            {
                var documentEntries = stream[i++];
                for (var e = 0; e < documentEntries; e++)
                {
                    var term = map[stream[i]];
                    var bytes = stream[i + 2];
                    var entry = nextEntry[term]++;
                    docs[entry] = document;
                    frequencies[entry] = stream[i + 1];
                    positionStart[entry] = (int)nextPosition[term];
                    batchPositions.Slice(read, bytes).CopyTo(positions.AsSpan(positionStart[entry]));
                    nextPosition[term] += bytes;
                    read += bytes;
                    i += 3;
                }
            }

            batch.Release();
        }

        positionStart[entries] = positions.Length;
        return (new TermDictionary(terms), new Postings(termStart, docs, frequencies, positionStart, positions, lengthNorms));
    }

    /// <summary>One worker's term numbers.</summary>
    private sealed class LocalTerms
    {
        public LocalTerms() => Sink = new OccurrenceSink(Ids.GetAlternateLookup<ReadOnlySpan<char>>());

        public Dictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);

        public OccurrenceSink Sink { get; }

        public HyphenCompoundRecorder Compounds { get; } = new();

        public int[] ToGlobal { get; set; } = [];
    }

    /// <summary>Consecutive papers, tokenized by one worker into a stream: per paper its number of terms, then per
    /// term its number, weighted count and the bytes of its positions, which go in a stream of their own as the
    /// index keeps them (<see cref="EntryPositions"/>).</summary>
    private sealed class Batch(int firstDocument)
    {
        public int FirstDocument { get; } = firstDocument;

        public List<EngineDocument> Documents { get; } = new(BatchSize);

        public GrowableBuffer<int> Stream { get; private set; } = new();

        public GrowableBuffer<byte> Positions { get; private set; } = new();

        public long[] DocumentTokens { get; private set; } = [];

        public LocalTerms? Terms { get; private set; }

        public void Index(LocalTerms terms, Tokenizer tokenizer)
        {
            Terms = terms;
            DocumentTokens = new long[Documents.Count];
            var sink = terms.Sink;
            for (var d = 0; d < Documents.Count; d++)
            {
                var document = Documents[d];
                sink.StartDocument(FirstDocument + d);
                sink.StartField(EngineField.Title);
                tokenizer.Tokenize(document.Title, ref sink);
                sink.StartField(EngineField.Authors);
                tokenizer.Tokenize(document.Authors, ref sink);
                sink.StartField(EngineField.Abstract);
                tokenizer.Tokenize(document.Abstract, ref sink);
                terms.Compounds.Record(document.Title, tokenizer);
                terms.Compounds.Record(document.Authors, tokenizer);
                terms.Compounds.Record(document.Abstract, tokenizer);
                DocumentTokens[d] = sink.Tokens;
                sink.Emit(Stream, Positions);
            }

            Stream.TrimExcess();
            Positions.TrimExcess();

            Documents.Clear();
            Documents.TrimExcess();
        }

        /// <summary>Lets the stream go once it is laid out, so the build holds less at its peak.</summary>
        public void Release() => (Stream, Positions) = (new GrowableBuffer<int>(), new GrowableBuffer<byte>());
    }

    /// <summary>Numbers each term as it comes and groups a paper's positions by term without sorting: a term's first
    /// token in the paper opens a slot, and the positions are laid out slot by slot in one counting pass.</summary>
    private sealed class OccurrenceSink(Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup) : ITokenSink
    {
        private readonly GrowableBuffer<int> _slotTerms = new();
        private readonly GrowableBuffer<int> _occurrenceSlots = new();
        private readonly GrowableBuffer<int> _occurrencePositions = new();
        private int[] _lastDocument = [];
        private int[] _slotOf = [];
        private int[] _slotCounts = new int[1024];
        private int[] _slotFrequencies = new int[1024];
        private int[] _ordered = new int[1024];
        private char[] _chars = new char[256];
        private int _document;
        private int _field;
        private int _offset;

        private int _tokens;

        /// <summary>The paper's tokens: its length, marked forms aside.</summary>
        public int Tokens => _tokens;

        public void StartDocument(int document)
        {
            _document = document;
            _tokens = 0;
            _slotTerms.Clear();
            _occurrenceSlots.Clear();
            _occurrencePositions.Clear();
        }

        public void StartField(int field) => (_field, _offset) = (field, 0);

        /// <summary>The tokenizer whose tokens come, when it keeps their surfaces: a token whose folded form is not its stem
        /// also gives its marked form (<see cref="ExactTerms"/>) at the same position.</summary>
        public Tokenizer? Surfaces { get; set; }

        public void Token(ReadOnlySpan<byte> term, int start, int end)
        {
            var position = EngineField.Position(_field, _offset++);
            _tokens++;
            Occur(Widen(term, 0), position);
            if (Surfaces is { KeepsSurface: true } tokenizer && !tokenizer.Surface.SequenceEqual(term))
            {
                var surface = Widen(tokenizer.Surface, 1);
                surface[0] = ExactTerms.Mark;
                Occur(surface, position);
            }
        }

        /// <summary>The term's bytes as chars, after <paramref name="skip"/> free chars at the start.</summary>
        private Span<char> Widen(ReadOnlySpan<byte> term, int skip)
        {
            if (_chars.Length < term.Length + skip)
            {
                _chars = new char[(term.Length + skip) * 2];
            }

            var chars = _chars.AsSpan(0, term.Length + skip);
            TermText.Widen(term, chars[skip..]);
            return chars;
        }

        private void Occur(ReadOnlySpan<char> chars, int position)
        {
            if (!lookup.TryGetValue(chars, out var id))
            {
                id = lookup.Dictionary.Count;
                lookup.TryAdd(chars, id);
                if (id >= _lastDocument.Length)
                {
                    var size = Math.Max(1024, _lastDocument.Length * 2);
                    var old = _lastDocument.Length;
                    Array.Resize(ref _lastDocument, size);
                    Array.Resize(ref _slotOf, size);
                    _lastDocument.AsSpan(old).Fill(-1);
                }
            }

            if (_lastDocument[id] != _document)
            {
                _lastDocument[id] = _document;
                _slotOf[id] = _slotTerms.Count;
                if (_slotTerms.Count == _slotCounts.Length)
                {
                    Array.Resize(ref _slotCounts, _slotCounts.Length * 2);
                    Array.Resize(ref _slotFrequencies, _slotFrequencies.Length * 2);
                }

                _slotCounts[_slotTerms.Count] = 0;
                _slotFrequencies[_slotTerms.Count] = 0;
                _slotTerms.Add(id);
            }

            var slot = _slotOf[id];
            _slotCounts[slot]++;
            _slotFrequencies[slot] += EngineField.Weights[_field];
            _occurrenceSlots.Add(slot);
            _occurrencePositions.Add(position);
        }

        /// <summary>Writes the paper's terms to the stream; positions arrive in order, so each slot's stay ascending.</summary>
        public void Emit(GrowableBuffer<int> stream, GrowableBuffer<byte> positions)
        {
            var slots = _slotTerms.Count;
            var occurrences = _occurrenceSlots.Count;
            if (_ordered.Length < occurrences)
            {
                _ordered = new int[occurrences * 2];
            }

            // Each slot's first position, then its positions in order.
            var next = new int[slots];
            for (int s = 0, at = 0; s < slots; s++)
            {
                next[s] = at;
                at += _slotCounts[s];
            }

            var starts = (int[])next.Clone();
            var slotOfOccurrence = _occurrenceSlots.Items;
            var positionOfOccurrence = _occurrencePositions.Items;
            for (var o = 0; o < occurrences; o++)
            {
                _ordered[next[slotOfOccurrence[o]]++] = positionOfOccurrence[o];
            }

            stream.Add(slots);
            var terms = _slotTerms.Items;
            for (var s = 0; s < slots; s++)
            {
                var slotPositions = _ordered.AsSpan(starts[s], _slotCounts[s]);
                var bytes = EntryPositions.EncodedSize(slotPositions);
                EntryPositions.Encode(slotPositions, positions.Append(bytes));
                stream.Add(terms[s]);
                stream.Add(_slotFrequencies[s]);
                stream.Add(bytes);
            }
        }
    }
}
