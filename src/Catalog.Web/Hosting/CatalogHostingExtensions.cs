using Catalog.Data.Queries;
using Catalog.Data.Search;
using Catalog.Data.Store;
using Catalog.Web.Api;
using Catalog.Web.Citations;
using Catalog.Web.Components;
using Catalog.Web.Endpoints;

namespace Catalog.Web.Hosting;

/// <summary>All of the app's service registration and request pipeline, so Program.cs stays a few lines.</summary>
public static class CatalogHostingExtensions
{
    private static readonly Dictionary<string, string> s_switches = new(StringComparer.Ordinal)
    {
        ["--seeds"] = "Catalog:Seeds",
        ["--db"] = "Catalog:Db",
    };

    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddCommandLine(args.Where(a => a != ImportCommand.Verb).ToArray(), s_switches);
        // Serves wwwroot and the components' assets from a build output in any environment, not only from a publish
        // or in Development: tests and benchmarks run the built app as it is. A no-op for a published app.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddSingleton(services => CatalogOptions.From(services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>()));
        builder.Services.AddSingleton(services => new CatalogDatabase(services.GetRequiredService<CatalogOptions>().Db));
        builder.Services.AddSingleton<CatalogQueries>();
        builder.Services.AddSingleton<PaperQueries>();
        builder.Services.AddSingleton<AuthorQueries>();
        builder.Services.AddSingleton<SearchEngines>();
        builder.Services.AddSingleton<PaperSearch>();
        builder.Services.AddSingleton<PaperExport>();
        builder.Services.AddSingleton<RelatedPapers>();
        builder.Services.AddSingleton<PaperCitations>();
        builder.Services.AddRazorComponents();
        builder.Services.AddCatalogApi();
        return builder;
    }

    /// <summary>Imports the seeds when the catalog file is missing or older than them. A failed import keeps the previous
    /// catalog and logs every problem; with no previous catalog there is nothing to serve, so it returns false.</summary>
    public static bool ImportSeedsIfStale(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<CatalogOptions>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Catalog.Import");
        if (!SeedImporter.NeedsImport(options.Seeds, options.Db))
        {
            logger.LogInformation("Catalog {Db} is up to date with {Seeds}", options.Db, options.Seeds);
            return true;
        }

        var result = SeedImporter.Import(options.Seeds, options.Db);
        foreach (var problem in result.Problems)
        {
            logger.Log(problem.IsError ? LogLevel.Error : LogLevel.Warning, "{Problem}", problem.ToString());
        }

        if (result.Succeeded)
        {
            logger.LogInformation("{Summary} Catalog: {Db}", result.Summary, options.Db);
            return true;
        }

        if (File.Exists(options.Db))
        {
            logger.LogError("Import of {Seeds} failed; serving the previous catalog {Db}", options.Seeds, options.Db);
            return true;
        }

        logger.LogCritical("Import of {Seeds} failed and there is no previous catalog to serve", options.Seeds);
        return false;
    }

    /// <summary>Starts building the search engine of the catalog in the background; a search made before it is ready
    /// waits for it. A catalog swapped in later gets its engine on its first search.</summary>
    public static void WarmUpSearchEngine(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Catalog.Search");
        app.Services.GetRequiredService<SearchEngines>().WarmUpAsync().ContinueWith(warming =>
        {
            if (warming.IsCompletedSuccessfully)
            {
                var engine = warming.Result;
                logger.LogInformation("Search engine ready: {Papers} papers, {Terms} terms, {MiB} MiB in {Seconds:0.00} s",
                    engine.DocumentCount, engine.TermCount, engine.Bytes >> 20, engine.BuildTime.TotalSeconds);
            }
            else
            {
                logger.LogError(warming.Exception, "Could not build the search engine; the next search tries again");
            }
        }, TaskScheduler.Default);
    }

    public static WebApplication UseCatalogPages(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseCanonicalPaths();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseCors();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapCitationExports();
        app.MapCatalogApi();
        app.MapFeeds();
        app.MapDiscovery();
        app.MapRazorComponents<App>();
        return app;
    }
}
