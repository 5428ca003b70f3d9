using System.Globalization;
using System.Reflection;

namespace Catalog.Benchmarks;

/// <summary>What to run, from the command line. The defaults are the full benchmark; <c>--quick</c> is a smoke test.</summary>
public sealed record BenchmarkOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Catalog.Benchmarks -- [options]
          --corpus DIR       the corpus folder (default: ../shared/corpus beside the repository)
          --quick            the 1k-record files, fewer iterations and a short load: a smoke test of about a minute
          --iterations N     timed runs of each query after the warm-up (default 200; quick 30)
          --load-seconds N   length of each load run (default 30; quick 3)
          --connections N    concurrent clients in the load runs (default 64)
          --skip-http        no app start, pages over HTTP or load
          --skip-growth      no growth table (arXiv + ACL at a quarter, half, all and twice)
          --keep             keep the temp folder with the seeds, catalogs and Lucene indexes
          --only SECTION     run one section alone: growth (the growth table), deploy (two instances behind nginx, one
                             restarted under load), reimport (load while the catalog is re-imported three times),
                             operations (deploy and reimport), relevance (SciFact's claims, ours beside Lucene's),
                             speed (the arXiv corpus: import, open, the query mix beside Lucene's, then pages over HTTP and load
                             with meaning over stand-in vectors unless --skip-http),
                             semantic (the embeddings' memory, scan and CPU time) or scifact-embeddings (embeds
                             SciFact's abstracts into the persistent cache the relevance section can read)
        """;

    public string Corpus { get; init; } = "";

    public bool Quick { get; init; }

    public int Iterations { get; init; } = 200;

    public int WarmUp => Quick ? 5 : 20;

    public int LoadSeconds { get; init; } = 30;

    public int Connections { get; init; } = 64;

    public bool SkipHttp { get; init; }

    public bool SkipGrowth { get; init; }

    public bool Keep { get; init; }

    /// <summary>The one section to run (see <see cref="Usage"/>), or null for the whole benchmark.</summary>
    public string? Only { get; init; }

    public string ArxivFile => Path.Combine(Corpus, Quick ? "arxiv-1k.jsonl" : "arxiv-86k.jsonl.gz");

    public string AclFile => Path.Combine(Corpus, Quick ? "acl-940.jsonl" : "acl-49k.jsonl.gz");

    /// <summary>The configuration the benchmark was built in; the app it starts is taken from the same one.</summary>
    public static string Configuration =>
        typeof(BenchmarkOptions).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <summary>The folder holding Catalog.sln, found by walking up from the benchmark's build output.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static BenchmarkOptions? Parse(string[] args, out string error)
    {
        var options = new BenchmarkOptions { Corpus = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus")) };
        int? iterations = null, seconds = null;
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            var hasValue = i + 1 < args.Length;
            switch (args[i])
            {
                case "--corpus" when hasValue:
                    options = options with { Corpus = Path.GetFullPath(args[++i]) };
                    break;
                case "--quick":
                    options = options with { Quick = true };
                    break;
                case "--iterations" when hasValue && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0:
                    iterations = n;
                    i++;
                    break;
                case "--load-seconds" when hasValue && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s) && s > 0:
                    seconds = s;
                    i++;
                    break;
                case "--connections" when hasValue && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var c) && c > 0:
                    options = options with { Connections = c };
                    i++;
                    break;
                case "--skip-http":
                    options = options with { SkipHttp = true };
                    break;
                case "--skip-growth":
                    options = options with { SkipGrowth = true };
                    break;
                case "--only" when hasValue && args[i + 1] is "growth" or "deploy" or "reimport" or "operations" or "relevance" or "speed" or "semantic" or "scifact-embeddings":
                    options = options with { Only = args[++i] };
                    break;
                case "--keep":
                    options = options with { Keep = true };
                    break;
                default:
                    error = $"unknown option or bad value: {args[i]}";
                    return null;
            }
        }

        options = options with
        {
            Iterations = iterations ?? (options.Quick ? 30 : 200),
            LoadSeconds = seconds ?? (options.Quick ? 3 : 30),
        };
        foreach (var file in new[] { options.ArxivFile, options.AclFile })
        {
            if (!File.Exists(file))
            {
                error = $"{file}: not found; pass --corpus DIR with the shared corpus (arxiv-86k.jsonl.gz, acl-49k.jsonl.gz, arxiv-1k.jsonl, acl-940.jsonl)";
                return null;
            }
        }

        return options;
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Catalog.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Catalog.sln.");
    }
}
