namespace Catalog.Web.Hosting;

/// <summary>Where the seeds are and where the catalog file goes: <c>Catalog:Seeds</c> and <c>Catalog:Db</c> in
/// appsettings.json, or <c>--seeds</c> and <c>--db</c> on the command line.</summary>
public sealed record CatalogOptions(string Seeds, string Db)
{
    public const string Section = "Catalog";

    public static CatalogOptions From(IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(Section);
        var seeds = section["Seeds"] is { Length: > 0 } s ? s : "seeds";
        var db = section["Db"] is { Length: > 0 } d ? d : Path.Combine(environment.ContentRootPath, "App_Data", "catalog.db");
        return new CatalogOptions(Locate(seeds), Path.GetFullPath(db));
    }

    /// <summary>A relative seeds path is looked up in the working folder, then in its parents, the way git finds .git:
    /// <c>dotnet run --project src/Catalog.Web</c> runs in the project's folder but finds the repository's seeds/.</summary>
    private static string Locate(string seeds)
    {
        if (Path.IsPathRooted(seeds))
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
