namespace Catalog.Web.Tests.Infrastructure;

/// <summary>The app over the repository's own seeds/ folder, found beside Catalog.sln.</summary>
public sealed class RealSeedsCatalog : CatalogFactory
{
    public override string Seeds { get; } = Path.Combine(RepositoryRoot(), "seeds");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Catalog.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Catalog.sln above {AppContext.BaseDirectory}");
    }
}
