using Catalog.Data.Import;
using Catalog.Data.Queries;
using Catalog.Data.Search;
using Catalog.Data.Search.Semantic;
using Catalog.Data.Store;
using Catalog.Web.Api;
using Catalog.Web.Citations;
using Catalog.Web.Components;
using Catalog.Web.Endpoints;
using Catalog.Web.Middleware;
using Catalog.Web.Settings;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Hosting;

/// <summary>All of the app's service registration and request pipeline, so Program.cs stays a few lines.</summary>
public static class CatalogHostingExtensions
{
    /// <summary>A builder whose content root is the app's own folder, wherever it is started from, so appsettings.json
    /// is found by <c>dotnet src/Catalog.Web/bin/Release/net10.0/Catalog.Web.dll</c> run from the repository root.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

    /// <summary>A builder for a command that needs the settings and not the site (<c>import</c>): no web host, and the
    /// configuration of <see cref="CreateBuilder"/>, source for source.</summary>
    public static HostApplicationBuilder CreateSettingsBuilder(string[] args)
    {
        // WebApplication.CreateBuilder reads the ASPNETCORE_ variables (ASPNETCORE_ENVIRONMENT) first, then the host's
        // own sources: appsettings.json and appsettings.{environment}.json, the environment, the command line.
        var configuration = new ConfigurationManager();
        configuration.AddEnvironmentVariables(prefix: "ASPNETCORE_");
        return Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            Configuration = configuration,
        });
    }

    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder)
    {
        // Serves wwwroot and the components' assets from a build output in any environment, not only from a publish
        // or in Development: tests and benchmarks run the built app as it is. A no-op for a published app.
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.AddCatalogSettings();
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(s => new CatalogDatabase(s.GetRequiredService<IOptions<CatalogOptions>>().Value.Db, s.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CatalogQueries>();
        services.AddSingleton<PaperQueries>();
        services.AddSingleton<AuthorQueries>();
        services.AddSingleton<SearchEngines>();
        services.AddSingleton<PaperSearch>();
        services.AddHostedService<SearchEngineWarmUp>();
        services.AddSemanticIndex();
        services.AddSingleton<CatalogWatcher>();
        services.AddHostedService(s => s.GetRequiredService<CatalogWatcher>());
        services.AddHealthChecks().AddCheck<CatalogReadyCheck>("catalog", tags: [CatalogReadyCheck.Tag]);
        services.AddCatalogCompression();
        services.AddCatalogOutputCache();
        services.AddCatalogRateLimiting();
        services.AddSingleton<PaperExport>();
        services.AddSingleton<SearchExport>();
        services.AddSingleton<RelatedPapers>();
        services.AddSingleton<SimilarPapers>();
        services.AddSingleton<PaperCitations>();
        services.AddRazorComponents();
        services.AddCatalogApi();
        return builder;
    }

    /// <summary>The embedder (one ONNX Runtime thread, beside requests), the papers' vectors and their background
    /// computation; the vectors are kept in the file beside the catalog, and problems with it are logged.</summary>
    private static void AddSemanticIndex(this IServiceCollection services)
    {
        services.AddSingleton<ITextEmbedder>(_ => new MiniLmEmbedder(threads: 1));
        services.AddSingleton(s =>
        {
            var options = s.GetRequiredService<IOptions<CatalogOptions>>().Value;
            var logger = s.GetRequiredService<ILoggerFactory>().CreateLogger<SemanticIndex>();
            var database = s.GetRequiredService<CatalogDatabase>();
            var store = EmbeddingStore.Beside(database.Path, problem => logger.LogWarning("{Problem}", problem));
            // Small batches: on one thread they embed as fast as 16, ONNX Runtime's arena keeps a smaller peak (the app
            // stood at 401 MiB, not 427, with the model loaded) and a stop waits for less.
            return new SemanticIndex(database, s.GetRequiredService<ITextEmbedder>(), store, options.Semantic, batchSize: 4);
        });
        services.AddHostedService<SemanticIndexing>();
    }

    /// <summary>Every setting of the app, bound and checked at start, with its paths made absolute. All of them, though
    /// <c>import</c> reads only <see cref="CatalogOptions"/>: a bad setting stops every command alike.</summary>
    public static TBuilder AddCatalogSettings<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        services.AddOptions<CatalogOptions>().BindConfiguration(CatalogOptions.Section).ValidateDataAnnotations().ValidateOnStart()
            .PostConfigure<IHostEnvironment>((options, environment) => options.Resolve(environment));
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    /// <summary>Checks every setting now, as the host would at start, so that a command which never starts the host
    /// (<c>import</c>) or work done before it starts stops on a bad setting too.</summary>
    public static void ValidateSettings(this IHost host) => host.Services.GetService<IStartupValidator>()?.Validate();

    /// <summary>Imports the seeds when the catalog file is missing or older than them. A failed import keeps the previous
    /// catalog and logs every problem; with no previous catalog there is nothing to serve, so it returns false.</summary>
    public static bool ImportSeedsIfStale(this WebApplication app)
    {
        app.ValidateSettings();
        var options = app.Services.GetRequiredService<IOptions<CatalogOptions>>().Value;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Catalog.Import");
        if (StaleImportFiles.Remove(options.Db) is > 0 and var removed)
        {
            logger.LogWarning("Removed {Count} files left by an import that was stopped", removed);
        }

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

    /// <summary>The pipeline, outermost first: requests no page should see are answered before routing (bad Host,
    /// odd methods), HEAD becomes GET, then routing, too many requests, answers get their headers, then validators, the
    /// cache and the pages.</summary>
    public static WebApplication UseCatalogPages(this WebApplication app)
    {
        app.UseSecurityHeaders(SecurityHeaders.Policy());
        app.UseMiddleware<HostHeaderValidation>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseMiddleware<MethodFilter>();
        app.UseMiddleware<HeadRequests>();
        // Routing runs here, after HEAD has become GET, not first as WebApplication would place it.
        app.UseRouting();
        app.UseMiddleware<CatalogUnavailableResponse>();
        app.UseResponseCompression();
        app.UseCatalogRateLimiting();
        app.MapHealthChecks("/healthz", new() { Predicate = _ => false }).CacheOutput(policy => policy.NoCache());
        app.MapHealthChecks("/healthz/ready", new()
        {
            Predicate = check => check.Tags.Contains(CatalogReadyCheck.Tag),
            ResultStatusCodes = { [HealthStatus.Degraded] = StatusCodes.Status200OK },
        }).CacheOutput(policy => policy.NoCache());
        app.UseCanonicalPaths();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseMiddleware<ConditionalRequests>();
        app.UseMiddleware<StaticAssetCaching>();
        app.UseCors();
        app.UseOutputCache();
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
