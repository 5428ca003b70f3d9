namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>The real app over the repository's seeds, on Kestrel, for <see cref="Consumers"/>.</summary>
public sealed class ConsumerServer : IAsyncLifetime
{
    public CatalogServer Server { get; } = new();

    /// <summary>The ids of every paper in seeds/papers.</summary>
    public static IReadOnlyList<string> SeedIds { get; } =
        [.. Directory.GetFiles(Path.Combine(RepositoryFolders.Seeds, "papers"), "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    public HttpClient CreateClient() => new() { BaseAddress = Server.BaseAddress };

    public Task InitializeAsync()
    {
        Server.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
