using System.Globalization;
using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Query;
using Catalog.Data.Search.Semantic;

namespace Catalog.Benchmarks.Relevance;

/// <summary>How well the catalog finds what a researcher means, on SciFact's training claims (the test claims are kept
/// for an independent check): every-word search (the search before ranking), the ranked search by words, meaning alone
/// (the nearest abstracts by MiniLM embedding), words and meaning fused (the default), and Lucene.Net's BM25 over the
/// same texts, fields and weights. The ranking's settings are chosen by five-fold cross-validation: for
/// each fold, the settings with the best nDCG@10 on the other four folds, measured on the fold itself; the figures
/// pool the five held-out folds, so none comes from the claims it was chosen on.</summary>
public static class RelevanceBenchmark
{
    /// <summary>The nDCG@10 the default search must reach on held-out claims (issue 18).</summary>
    public const double TargetNdcg = 0.72;

    public static void Run(BenchmarkOptions options, string temp, Targets targets)
    {
        Section.Progress("relevance: SciFact records -> seeds -> catalog");
        var collection = SciFact.Read(SciFact.Folder(options));
        var catalog = SciFactCatalog.Build(collection, Path.Combine(temp, "scifact"));
        Section.Progress("relevance: Lucene index");
        using var lucene = LuceneCatalog.Build(catalog.Records, Path.Combine(temp, "scifact-lucene"));

        var table = new Table("search", "nDCG@10", "recall@100", "claims with no result", "settings");
        var allClaims = collection.Claims;
        var everyWord = new PaperSearch(catalog.Database);
        Row(table, "every word (the search before issue 18)", Measure(collection, allClaims, c => SciFactCatalog.Search(everyWord, c, allWords: true)), "");

        Section.Progress("relevance: choosing the ranked search's settings, five folds");
        var grid = LexicalGrid().ToList();
        var searches = grid.ToDictionary(s => s, s => new PaperSearch(catalog.Database) { Ranking = s });
        var ranked = CrossValidated(collection, grid, s => c => SciFactCatalog.Search(searches[s], c, allWords: false), Describe);
        Row(table, "ranked words", ranked.Figures, ranked.Chosen);
        var lexicalDefault = Measure(collection, allClaims, c => SciFactCatalog.Search(searches[RankingSettings.Default], c, allWords: false));
        Row(table, "ranked words, the committed defaults, all claims", lexicalDefault, Describe(RankingSettings.Default));
        Section.Progress("relevance: the abstracts' embeddings (cached across runs)");
        using var embedder = new MiniLmEmbedder();
        using var semantic = new SemanticIndex(catalog.Database, embedder, SciFactEmbeddings.Store()) { PruneStale = false };
        var embedding = semantic.EmbedMissingAsync().GetAwaiter().GetResult()!;
        var vectors = semantic.Current!;
        Row(table, "meaning only (MiniLM, nearest 100)", Measure(collection, allClaims, c =>
            [.. vectors.Nearest(semantic.EmbedQuery(c), 100).Select(m => catalog.IdOf(m.RowId))]), "all-MiniLM-L6-v2, int8, exact scan");

        Section.Progress("relevance: choosing the fusion's settings, five folds");
        var fusionGrid = FusionGrid().ToList();
        var fusedSearches = fusionGrid.ToDictionary(s => s, s => new PaperSearch(catalog.Database, meaning: semantic) { Ranking = s });
        var fused = CrossValidated(collection, fusionGrid, s => c => SciFactCatalog.Search(fusedSearches[s], c, allWords: false), DescribeFusion);
        Row(table, "words and meaning fused (the default)", fused.Figures, fused.Chosen);
        var fusedDefault = Measure(collection, allClaims, c => SciFactCatalog.Search(fusedSearches[RankingSettings.Default], c, allWords: false));
        Row(table, "fused, the committed defaults, all claims", fusedDefault, DescribeFusion(RankingSettings.Default));
        Row(table, "Lucene.Net BM25, OR of the terms", Measure(collection, allClaims, c => [.. lucene.RankedIds(c, 100).Select(id => id[SciFactCatalog.IdPrefix.Length..])]), "EnglishAnalyzer; title 10, authors 4, abstract 1");

        Section.Title($"Relevance: SciFact ({collection.Documents.Count:N0} abstracts, {allClaims.Count} training claims)");
        table.Print();
        Section.Note("nDCG@10: the discounted gain of the judged abstracts among the first ten results over the best possible, averaged over claims;");
        Section.Note("recall@100: the share of a claim's judged abstracts among its first 100 results. SciFact, Allen Institute for AI (CC BY 4.0).");
        Section.Note(string.Create(CultureInfo.InvariantCulture,
            $"embeddings: {embedding.Papers:N0} abstracts, {embedding.Embedded:N0} embedded in this run, {embedding.Kept:N0} from the cache ({SciFactEmbeddings.StorePath}), {embedding.Elapsed.TotalSeconds:0.0} s."));
        foreach (var claim in fused.Figures.Unanswered)
        {
            Section.Note($"found nothing by default: “{claim}”");
        }

        Section.Note("Cross-validated rows: settings chosen on four folds, measured on the fifth, pooled over the five; 'settings' lists each fold's choice.");
        targets.Check($"default search nDCG@10 >= {TargetNdcg:0.00} on held-out SciFact claims", fused.Figures.Ndcg10.ToString("0.000", CultureInfo.InvariantCulture), fused.Figures.Ndcg10 >= TargetNdcg);
        targets.Check("no SciFact claim finds nothing", $"{fused.Figures.NoResults} of {fused.Figures.Claims}", fused.Figures.NoResults == 0);
        var luceneNdcg = Measure(collection, allClaims, c => [.. lucene.RankedIds(c, 100).Select(id => id[SciFactCatalog.IdPrefix.Length..])]).Ndcg10;
        targets.Check("Lucene.Net's BM25 below the default search (nDCG@10)", FormattableString.Invariant($"{luceneNdcg:0.000} vs {fused.Figures.Ndcg10:0.000}"), luceneNdcg < fused.Figures.Ndcg10);
    }

    /// <summary>The settings tried for the words-only ranked search.</summary>
    private static IEnumerable<RankingSettings> LexicalGrid()
    {
        yield return RankingSettings.Default;
        foreach (var share in (double[])[0, 0.2])
        {
            foreach (var exponent in (double[])[0, 1])
            {
                foreach (var longQuery in (int[])[4, 6, 9])
                {
                    var settings = RankingSettings.Default with { MinimumShouldMatchShare = share, CoordinationExponent = exponent, LongQueryWords = longQuery };
                    if (settings != RankingSettings.Default)
                    {
                        yield return settings;
                    }
                }
            }
        }
    }

    /// <summary>The settings tried for the fusion of words and meaning: reciprocal rank fusion's k and the meaning's weight.</summary>
    private static IEnumerable<RankingSettings> FusionGrid()
    {
        yield return RankingSettings.Default;
        foreach (var k in (double[])[3, 5, 10, 30, 60])
        {
            foreach (var weight in (double[])[0.5, 1, 1.5, 2, 3])
            {
                var settings = RankingSettings.Default with { FusionK = k, MeaningWeight = weight };
                if (settings != RankingSettings.Default)
                {
                    yield return settings;
                }
            }
        }
    }

    private static string DescribeFusion(RankingSettings s) => FormattableString.Invariant($"k {s.FusionK:0.##}, meaning × {s.MeaningWeight:0.##}");

    private static (RelevanceFigures Figures, string Chosen) CrossValidated(SciFact collection, IReadOnlyList<RankingSettings> grid,
        Func<RankingSettings, Func<string, IReadOnlyList<string>>> search, Func<RankingSettings, string> describe)
    {
        var cache = new Dictionary<(RankingSettings, string), IReadOnlyList<string>>();
        Func<string, IReadOnlyList<string>> Cached(RankingSettings settings) => claim =>
            cache.TryGetValue((settings, claim), out var found) ? found : cache[(settings, claim)] = search(settings)(claim);

        var held = new List<RelevanceFigures>();
        var chosen = new List<string>();
        for (var fold = 0; fold < SciFact.Folds; fold++)
        {
            var training = collection.AllBut(fold);
            var best = grid.MaxBy(s => Measure(collection, training, Cached(s)).Ndcg10)!;
            held.Add(Measure(collection, collection.Fold(fold), Cached(best)));
            chosen.Add(describe(best));
        }

        var distinct = chosen.Distinct().ToList();
        return (RelevanceFigures.Pool(held), distinct.Count == 1 ? $"all folds: {distinct[0]}" : string.Join(" | ", chosen));
    }

    private static RelevanceFigures Measure(SciFact collection, IReadOnlyList<SciFactClaim> claims, Func<string, IReadOnlyList<string>> search) =>
        RelevanceFigures.Measure(claims, collection.Relevant, search);

    private static string Describe(RankingSettings s) =>
        FormattableString.Invariant($"msm {s.MinimumShouldMatchShare:0.##}, coord^{s.CoordinationExponent:0.##}, long {s.LongQueryWords}");

    private static void Row(Table table, string name, RelevanceFigures figures, string settings) => table.Row(
        name,
        figures.Ndcg10.ToString("0.000", CultureInfo.InvariantCulture),
        figures.Recall100.ToString("0.000", CultureInfo.InvariantCulture),
        $"{figures.NoResults} of {figures.Claims}",
        settings);
}
