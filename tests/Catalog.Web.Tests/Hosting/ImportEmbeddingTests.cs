using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Hosting;

/// <summary><c>import</c> embeds the papers after the import, each text once: a second import keeps every vector, and
/// <c>--no-embed</c> skips the step.</summary>
public sealed class ImportEmbeddingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"catalog-embed-tests-{Guid.NewGuid():N}");

    public ImportEmbeddingTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Import_embeds_each_text_once_and_says_so()
    {
        var db = Path.Combine(_folder, "catalog.db");
        var seeds = Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds");

        var first = await AppCommand.RunAsync("import", "--seeds", seeds, "--db", db, "--Catalog:Semantic=true");
        var again = await AppCommand.RunAsync("import", "--seeds", seeds, "--db", db, "--Catalog:Semantic=true");
        var skipped = await AppCommand.RunAsync("import", "--seeds", seeds, "--db", db, "--Catalog:Semantic=true", "--no-embed");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Matches(@"^Imported 6 papers .* Embedded 6 papers in \d+\.\d s \(0 kept from before\)\. Catalog: ", first.Output);
        Assert.Contains(" Embedded 0 papers in ", again.Output, StringComparison.Ordinal);
        Assert.Contains("(6 kept from before)", again.Output, StringComparison.Ordinal);
        Assert.Equal(0, skipped.ExitCode);
        Assert.DoesNotContain("Embedded", skipped.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "catalog.embeddings.db")));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
