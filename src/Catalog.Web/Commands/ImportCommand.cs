using System.CommandLine;
using System.Globalization;
using Catalog.Data.Import;
using Catalog.Data.Search.Semantic;
using Catalog.Data.Store;
using Catalog.Web.Hosting;
using Catalog.Web.Settings;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Commands;

/// <summary><c>import [--seeds DIR] [--db FILE] [--no-embed]</c>: imports the seeds and exits, 0 with a summary or 1 with
/// every problem. After a successful import it embeds the papers whose text has no stored vector yet (on every core;
/// unless <c>--no-embed</c> or <c>Catalog:Semantic=false</c>), so the app starts with meaning ready. It builds a host of
/// the settings alone, not the site: nothing it would serve is needed to import.</summary>
public static class ImportCommand
{
    public static Command Create(Func<ParseResult, string[]> hostArguments)
    {
        var noEmbed = new Option<bool>("--no-embed")
        {
            Description = "Do not compute the papers' sentence embeddings after the import (the app computes the missing ones in the background).",
        };
        var command = new Command("import", "Imports the seeds into the catalog file and exits: 0 with a summary, or 1 with every problem on stderr (the previous catalog is then unchanged).")
        {
            noEmbed,
        };
        command.SetAction(parsed =>
        {
            try
            {
                using var host = CatalogHostingExtensions.CreateSettingsBuilder(hostArguments(parsed)).AddCatalogSettings().Build();
                host.ValidateSettings();
                var options = host.Services.GetRequiredService<IOptions<CatalogOptions>>().Value;
                return Run(options, embed: options.Semantic && !parsed.GetValue(noEmbed));
            }
            catch (Exception ex) when (CatalogCommandLine.IsBadSetting(ex))
            {
                Console.Error.WriteLine($"Bad setting: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    public static int Run(CatalogOptions options, bool embed = false)
    {
        var result = SeedImporter.Import(options.Seeds, options.Db);
        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine(problem);
        }

        if (!result.Succeeded)
        {
            var errors = result.Errors.Count();
            Console.Error.WriteLine($"Import failed with {errors} error{(errors == 1 ? "" : "s")}; the catalog at {options.Db} is unchanged.");
            return 1;
        }

        var embedded = embed ? Embed(options.Db) : "";
        Console.WriteLine($"{result.Summary}{embedded} Catalog: {options.Db}");
        return 0;
    }

    /// <summary>" Embedded 10 papers in 1.9 s (0 kept from before)." A failure is reported and is not the import's: the
    /// catalog is in place, and the app computes what is missing.</summary>
    private static string Embed(string db)
    {
        try
        {
            using var embedder = new MiniLmEmbedder();
            using var index = new SemanticIndex(new CatalogDatabase(db), embedder, EmbeddingStore.Beside(db, Console.Error.WriteLine));
            var run = index.EmbedMissingAsync().GetAwaiter().GetResult()!;
            return string.Create(CultureInfo.InvariantCulture,
                $" Embedded {run.Embedded} paper{(run.Embedded == 1 ? "" : "s")} in {run.Elapsed.TotalSeconds:0.0} s ({run.Kept} kept from before).");
        }
#pragma warning disable CA1031 // The import succeeded; embeddings are a cache the app fills in.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"The papers' embeddings were not computed ({ex.Message}); the app computes them after start.");
            return " Embeddings not computed.";
        }
    }
}
