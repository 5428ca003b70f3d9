using System.CommandLine;
using Catalog.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Commands;

/// <summary>The app's command line (System.CommandLine, so every command has <c>--help</c>): without a command it imports
/// when needed and serves; <c>import</c>, <c>seeds-from-records</c>, <c>add</c> and <c>check</c> do one job and exit. <c>--seeds</c>, <c>--db</c>,
/// <c>--urls</c> and <c>--watch</c> become settings, and anything else is left to ASP.NET Core's own command-line
/// settings (<c>--environment</c>, <c>--Catalog:RateLimit:PermitsPerMinute=60</c>).</summary>
public static class CatalogCommandLine
{
    public static RootCommand Create()
    {
        var seeds = new Option<string>("--seeds")
        {
            Description = "The seeds folder (default: seeds, looked up in the working folder and its parents; setting Catalog:Seeds).",
            HelpName = "DIR",
            Recursive = true,
        };
        var db = new Option<string>("--db")
        {
            Description = "The catalog file (default: App_Data/catalog.db in the app's folder; setting Catalog:Db).",
            HelpName = "FILE",
            Recursive = true,
        };
        var urls = new Option<string>("--urls") { Description = "Where to serve (default: http://localhost:5000).", HelpName = "URLS" };
        var watch = new Option<bool>("--watch")
        {
            Description = "Re-import in the background when a seed file changes: --watch or --watch false (default: on in Development; setting Catalog:Watch).",
        };
        var root = new RootCommand("Catalog: a searchable catalog of research papers, built from a folder of Markdown files. "
            + "Without a command it imports the seeds when the catalog is missing or older than them, then serves the pages.")
        {
            seeds, db, urls, watch,
            ImportCommand.Create(parsed => HostArguments(parsed, seeds, db, urls, watch)),
            SeedsFromRecordsCommand.Create(),
            AddCommand.Create(parsed => HostArguments(parsed, seeds, db, urls, watch)),
            CheckCommand.Create(parsed => HostArguments(parsed, seeds, db, urls, watch)),
        };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((parsed, cancellation) => ServeAsync(HostArguments(parsed, seeds, db, urls, watch), cancellation));
        return root;
    }

    /// <summary>Runs the app until it is stopped; 1 when there is nothing to serve or a setting is bad.</summary>
    public static async Task<int> ServeAsync(string[] args, CancellationToken cancellation)
    {
        var app = CatalogHostingExtensions.CreateBuilder(args).AddCatalog().Build();
        try
        {
            if (!app.ImportSeedsIfStale())
            {
                return 1;
            }

            app.UseCatalogPages();
            await app.RunAsync(cancellation);
            return 0;
        }
        catch (Exception ex) when (IsBadSetting(ex))
        {
            await Console.Error.WriteLineAsync($"Bad setting: {ex.Message}");
            return 1;
        }
    }

    /// <summary>A setting that failed validation, or a value that is not of its setting's type.</summary>
    public static bool IsBadSetting(Exception ex) =>
        ex is OptionsValidationException || (ex is InvalidOperationException && ex.Message.Contains("configuration value", StringComparison.Ordinal));

    private static string[] HostArguments(ParseResult parsed, Option<string> seeds, Option<string> db, Option<string> urls, Option<bool> watch)
    {
        var args = new List<string>(parsed.UnmatchedTokens);
        Add(args, "Catalog:Seeds", parsed.GetValue(seeds));
        Add(args, "Catalog:Db", parsed.GetValue(db));
        Add(args, "urls", parsed.GetValue(urls));
        if (parsed.GetResult(watch) is { Implicit: false })
        {
            Add(args, "Catalog:Watch", parsed.GetValue(watch) ? "true" : "false");
        }

        return [.. args];
    }

    private static void Add(List<string> args, string key, string? value)
    {
        if (value is not null)
        {
            args.Add($"--{key}={value}");
        }
    }
}
