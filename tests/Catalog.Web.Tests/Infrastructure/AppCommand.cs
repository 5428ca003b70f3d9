using System.Diagnostics;

namespace Catalog.Web.Tests.Infrastructure;

/// <summary>Runs the built app, Catalog.Web.dll beside the tests, as a command in a process of its own.</summary>
public static class AppCommand
{
    public static string WebDll => Path.Combine(AppContext.BaseDirectory, "Catalog.Web.dll");

    public static ProcessStartInfo StartInfo(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(WebDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // No embedding unless a test asks for it (--Catalog:Semantic=true on the command line wins).
        start.Environment["Catalog__Semantic"] = "false";
        return start;
    }

    /// <summary>Runs to the end: the exit code and everything written.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        using var process = Process.Start(StartInfo(arguments)) ?? throw new InvalidOperationException("could not start Catalog.Web");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await output, await error);
    }

    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
