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
    [InlineData("--Catalog:Semantic=perhaps", "Semantic")]
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
    public async Task Started_from_another_folder_the_app_reads_its_own_settings_and_logs_quietly()
    {
        var port = FreePort();
        var start = AppCommand.StartInfo("--urls", $"http://127.0.0.1:{port}", "--db", Path.Combine(_folder, "catalog.db"),
            "--seeds", Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds"));
        start.WorkingDirectory = _folder;
        using var app = System.Diagnostics.Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        app.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        app.BeginOutputReadLine();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitForAsync(client, "/papers?q=darts");
        }
        finally
        {
            app.Kill();
            await app.WaitForExitAsync();
        }

        var log = output.ToString();
        Assert.Contains($"Content root path: {AppContext.BaseDirectory}", log, StringComparison.Ordinal);
        Assert.Contains("Imported 6 papers", log, StringComparison.Ordinal);
        // appsettings.json keeps ASP.NET Core's per-request logs out; without it every request was logged.
        Assert.DoesNotContain("Request starting", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeds_from_records_without_out_is_a_usage_error()
    {
        var (exitCode, _, error) = await AppCommand.RunAsync("seeds-from-records", Path.Combine(_folder, "records.jsonl"));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--out", error, StringComparison.Ordinal);
    }

    /// <summary>Asks until the app answers 200, for as long as a start can take.</summary>
    private static async Task WaitForAsync(HttpClient client, string url)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                using var response = await client.GetAsync(url);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"no answer from {url}");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
