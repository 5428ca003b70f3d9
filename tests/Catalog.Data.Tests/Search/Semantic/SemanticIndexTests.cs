using Catalog.Data.Queries;
using Catalog.Data.Search.Semantic;
using Catalog.Data.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Catalog.Data.Tests.Search.Semantic;

/// <summary>The vectors of a real catalog (the ten seeds): embedded once per text, kept beside the catalog across
/// imports, never the reason a catalog cannot be searched.</summary>
[Collection(MiniLmGroup.Name)]
public sealed class SemanticIndexTests(MiniLmFixture model, ITestOutputHelper output) : IDisposable
{
    private readonly TempSeeds _seeds = TempSeeds.FromRealSeeds();

    [Fact]
    public async Task A_catalog_without_embeddings_has_no_vectors_until_they_are_computed()
    {
        Import();
        var embedder = new CountingEmbedder(model.Embedder);
        using var index = new SemanticIndex(_seeds.Database(), embedder);

        Assert.Null(index.Current);
        Assert.Equal(SemanticState.Waiting, index.Status.State);
        Assert.Equal(0, embedder.Texts);

        var run = await index.EmbedMissingAsync();

        Assert.NotNull(run);
        Assert.Equal((10, 0, 10), (run.Papers, run.Kept, run.Embedded));
        Assert.Same(run.Vectors, index.Current);
        Assert.Equal(new SemanticStatus(SemanticState.Ready, 10, 10), index.Status);
        Assert.Equal(1.0, index.Current!.Covers);
        Assert.True(File.Exists(EmbeddingStore.PathBeside(_seeds.DbPath)));
    }

    [Fact]
    public async Task The_same_text_is_embedded_once_across_imports_and_a_changed_title_only_for_its_paper()
    {
        Import();
        var embedder = new CountingEmbedder(model.Embedder);
        using (var first = new SemanticIndex(_seeds.Database(), embedder))
        {
            await first.EmbedMissingAsync();
            await first.EmbedMissingAsync();
        }

        Assert.Equal(10, embedder.Texts);

        Import();
        using (var again = new SemanticIndex(_seeds.Database(), embedder))
        {
            var run = await again.EmbedMissingAsync();
            Assert.Equal((10, 0), (run!.Kept, run.Embedded));
        }

        Assert.Equal(10, embedder.Texts);

        _seeds.Replace("papers/2302.01327.md", "title: 'Dual PatchNorm'", "title: 'Dual PatchNorm, Revisited'");
        Import();
        using var changed = new SemanticIndex(_seeds.Database(), embedder);
        var rerun = await changed.EmbedMissingAsync();

        Assert.Equal((9, 1), (rerun!.Kept, rerun.Embedded));
        Assert.Equal(11, embedder.Texts);
        Assert.StartsWith("Dual PatchNorm, Revisited. ", embedder.Seen[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Papers_nearest_in_meaning_are_sensible()
    {
        Import();
        using var index = new SemanticIndex(_seeds.Database(), model.Embedder);
        var vectors = (await index.EmbedMissingAsync())!.Vectors;
        var database = _seeds.Database();
        using var connection = database.Open();
        var titles = PaperQueries.Texts(connection).ToDictionary(p => p.RowId, p => p.Title);
        long Row(string prefix) => titles.Single(t => t.Value.StartsWith(prefix, StringComparison.Ordinal)).Key;

        string NearestTo(string prefix) => titles[vectors.Nearest(Row(prefix), 1)[0].RowId];
        foreach (var (rowId, title) in titles)
        {
            output.WriteLine($"{title}: {string.Join(" | ", vectors.Nearest(rowId, 3).Select(m => $"{titles[m.RowId]} {m.Similarity:0.00}"))}");
        }

        // Dual PatchNorm (a ViT layer) is nearest the 22-billion ViT; UL2, its continued training (U-PaLM,
        // "Transcending") and Flan-PaLM are each other's nearest.
        Assert.StartsWith("Scaling Vision Transformers", NearestTo("Dual PatchNorm"), StringComparison.Ordinal);
        Assert.StartsWith("Transcending Scaling Laws", NearestTo("UL2"), StringComparison.Ordinal);
        Assert.StartsWith("Transcending Scaling Laws", NearestTo("Scaling Instruction-Finetuned"), StringComparison.Ordinal);
        Assert.Contains(NearestTo("Transcending Scaling Laws"), new[] { "UL2: Unifying Language Learning Paradigms", "Scaling Instruction-Finetuned Language Models" });

        var query = index.EmbedQuery("neural architecture search");
        Assert.StartsWith("$\\Lambda$-DARTS", titles[vectors.Nearest(query, 1)[0].RowId], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_embeddings_file_is_made_again_and_the_vectors_computed()
    {
        Import();
        var side = EmbeddingStore.PathBeside(_seeds.DbPath);
        using (var first = new SemanticIndex(_seeds.Database(), model.Embedder))
        {
            await first.EmbedMissingAsync();
        }

        var bytes = File.ReadAllBytes(side);
        Array.Fill(bytes, (byte)0x5A, 0, Math.Min(bytes.Length, 4096));
        File.WriteAllBytes(side, bytes);
        var problems = new List<string>();
        var embedder = new CountingEmbedder(model.Embedder);
        using var index = new SemanticIndex(_seeds.Database(), embedder, EmbeddingStore.Beside(_seeds.DbPath, problems.Add));

        var run = await index.EmbedMissingAsync();

        Assert.Equal((0, 10), (run!.Kept, run.Embedded));
        Assert.NotNull(index.Current);
        Assert.Contains(problems, p => p.Contains("made again", StringComparison.Ordinal));
        Assert.Equal(10, new EmbeddingStore(side).Count());
    }

    [Fact]
    public async Task A_catalog_swapped_in_while_embedding_is_the_one_whose_vectors_come_out()
    {
        Import();
        var database = _seeds.Database();
        var embedder = new CountingEmbedder(model.Embedder);
        var swapped = false;
        embedder.BeforeEach = () =>
        {
            if (!swapped)
            {
                swapped = true;
                _seeds.Replace("papers/2302.01327.md", "title: 'Dual PatchNorm'", "title: 'Dual PatchNorm for Vision Transformers'");
                Import();
                database.Refresh();
            }
        };
        using var index = new SemanticIndex(database, embedder);

        var run = await index.EmbedMissingAsync();

        Assert.Equal(database.Version, run!.Vectors.Version);
        Assert.Same(run.Vectors, index.Current);
        Assert.Equal(10, run.Vectors.Count);
        Assert.Contains(embedder.Seen, t => t.StartsWith("Dual PatchNorm for Vision Transformers. ", StringComparison.Ordinal));
        Assert.Equal(11, embedder.Texts);
    }

    [Fact]
    public async Task A_cancelled_run_stops_between_batches_and_keeps_what_it_stored()
    {
        Import();
        using var cancel = new CancellationTokenSource();
        var embedder = new CountingEmbedder(model.Embedder) { BeforeEach = () => { } };
        using var index = new SemanticIndex(_seeds.Database(), embedder, batchSize: 3);
        var progress = new SynchronousProgress<SemanticStatus>(status =>
        {
            if (status.Done > 0)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => index.EmbedMissingAsync(progress, cancel.Token));

        Assert.Null(index.Current);
        Assert.Equal(3, embedder.Texts);
        Assert.Equal(3, index.Store.Count());
        Assert.Equal(SemanticState.Waiting, index.Status.State);
    }

    [Fact]
    public async Task Vectors_of_texts_gone_from_the_catalog_are_pruned_once_they_outnumber_its_papers()
    {
        Import();
        var store = EmbeddingStore.Beside(_seeds.DbPath);
        var stale = Enumerable.Range(0, 1_100).Select(i => ($"stale-{i}", QuantizedVector.From(new float[384]))).ToList();
        store.Write(model.Embedder.Model, stale);
        using (var keeping = new SemanticIndex(_seeds.Database(), model.Embedder) { PruneStale = false })
        {
            await keeping.EmbedMissingAsync();
        }

        Assert.Equal(1_110, store.Count());
        using var index = new SemanticIndex(_seeds.Database(), model.Embedder);
        var run = await index.EmbedMissingAsync();

        Assert.Equal(10, run!.Kept);
        Assert.Equal(10, store.Count());
    }

    [Fact]
    public async Task Turned_off_it_embeds_nothing_and_says_so()
    {
        Import();
        var embedder = new CountingEmbedder(model.Embedder);
        using var index = new SemanticIndex(_seeds.Database(), embedder, enabled: false);

        Assert.Null(await index.EmbedMissingAsync());
        Assert.Null(index.Current);
        Assert.Equal(SemanticState.Off, index.Status.State);
        Assert.Equal(0, embedder.Texts);
    }

    public void Dispose() => _seeds.Dispose();

    private void Import()
    {
        var result = _seeds.Import();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }
}
