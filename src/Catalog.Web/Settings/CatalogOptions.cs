using System.ComponentModel.DataAnnotations;

namespace Catalog.Web.Settings;

/// <summary>The <c>Catalog</c> section of the settings (appsettings.json, <c>Catalog__Db</c> in the environment, or
/// <c>--seeds</c>, <c>--db</c> and <c>--watch</c> on the command line). Validated at start: a bad value stops the app
/// with a message that names it.</summary>
public sealed class CatalogOptions
{
    public const string Section = "Catalog";

    /// <summary>The seeds folder. A relative path is looked up in the working folder, then in its parents.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Seeds { get; set; } = "seeds";

    /// <summary>The catalog file; empty means <c>App_Data/catalog.db</c> in the app's folder.</summary>
    public string Db { get; set; } = "";

    /// <summary>Re-import in the background when a seed file changes; unset means on in Development only.</summary>
    public bool? Watch { get; set; }

    /// <summary>How often the watcher looks at the seeds' modification times.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a proxy or CDN may keep a page (<c>Cache-Control: public, max-age</c>).</summary>
    [Range(0, 86_400)]
    public int PageCacheSeconds { get; set; } = 60;

    /// <summary>Let meaning take part in searches: the papers' sentence embeddings are computed in the background after
    /// start (and after each new catalog), kept beside the catalog file, and used once every paper has one. False
    /// turns that off: nothing is embedded and searches are lexical only.</summary>
    public bool Semantic { get; set; } = true;

    /// <summary>Makes the paths absolute: a relative seeds path is looked up in the working folder, then in its parents,
    /// the way git finds .git, so <c>dotnet run --project src/Catalog.Web</c> finds the repository's seeds/.</summary>
    internal void Resolve(IHostEnvironment environment)
    {
        Seeds = Locate(Seeds);
        Db = Path.GetFullPath(Db is { Length: > 0 } db ? db : Path.Combine(environment.ContentRootPath, "App_Data", "catalog.db"));
        Watch ??= environment.IsDevelopment();
    }

    private static string Locate(string seeds)
    {
        if (string.IsNullOrWhiteSpace(seeds) || Path.IsPathRooted(seeds))
        {
            return seeds;
        }

        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, seeds);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(seeds);
    }
}
