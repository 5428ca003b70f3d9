using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Hosting;

/// <summary>The app's commands as an operator types them: <c>--help</c> for each, a bad setting stops the app with a
/// message naming it, and <c>import</c> with <c>--seeds</c> and <c>--db</c> works from any folder.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"catalog-cli-tests-{Guid.NewGuid():N}");

    public CommandLineTests() => Directory.CreateDirectory(_folder);

    [Theory]
    [InlineData(new[] { "--help" }, "--seeds")]
    [InlineData(new[] { "--help" }, "--watch")]
    [InlineData(new[] { "import", "--help" }, "--db")]
    [InlineData(new[] { "seeds-from-records", "--help" }, "--out")]
    public async Task Every_command_has_help(string[] arguments, string mentioned)
    {
        var (exitCode, output, _) = await AppCommand.RunAsync(arguments);

        Assert.Equal(0, exitCode);
        Assert.Contains(mentioned, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Catalog:RateLimit:PermitsPerMinute=-1", "PermitsPerMinute")]
    [InlineData("--Catalog:RateLimit:PermitsPerMinute=lots", "PermitsPerMinute")]
    [InlineData("--Catalog:Proxy:KnownProxies:0=not-an-address", "KnownProxies")]
    [InlineData("--Catalog:WatchInterval=00:00:00", "WatchInterval")]
    public async Task A_bad_setting_stops_the_app_with_a_message_that_names_it(string setting, string name)
    {
        var (exitCode, _, error) = await AppCommand.RunAsync("import", "--db", Path.Combine(_folder, "catalog.db"), setting);

        Assert.Equal(1, exitCode);
        Assert.Contains(name, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_takes_the_seeds_and_the_catalog_file_from_the_command_line()
    {
        var db = Path.Combine(_folder, "catalog.db");

        var (exitCode, output, error) = await AppCommand.RunAsync("import", "--seeds", Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds"), "--db", db);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Imported 6 papers", output, StringComparison.Ordinal);
        Assert.True(File.Exists(db));
    }

    [Fact]
    public async Task Seeds_from_records_without_out_is_a_usage_error()
    {
        var (exitCode, _, error) = await AppCommand.RunAsync("seeds-from-records", Path.Combine(_folder, "records.jsonl"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
