using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Catalog.Benchmarks;

/// <summary>What the figures were measured on, and with which code.</summary>
public static class Machine
{
    public static void Print(BenchmarkOptions options)
    {
        new Table("machine", "") { LeftAligned = true }
            .Row("command", $"dotnet run -c {BenchmarkOptions.Configuration} --project tests/Catalog.Benchmarks -- {string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}".TrimEnd())
            .Row("date", DateTime.Now.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture))
            .Row("cpu", $"{CpuModel()}, {Environment.ProcessorCount} logical cores")
            .Row("memory", Table.MiB(TotalMemoryBytes()))
            .Row("os", RuntimeInformation.OSDescription)
            .Row(".NET", $"{RuntimeInformation.FrameworkDescription}, {BenchmarkOptions.Configuration} build")
            .Row("SQLite", SqliteVersion())
            .Row("code", GitDescription())
            .Row("corpus", options.Corpus)
            .Row("load average", $"{LoadAverage()} (1, 5, 15 min) at the start; other processes on the machine disturb the figures")
            .Row("iterations", $"{options.WarmUp} warm-up + {options.Iterations} timed per query kind")
            .Print();
    }

    /// <summary>Collects all garbage, compacting, before a timed loop: what building an index left behind is then not
    /// collected during the searches of whichever side comes first (the app sheds it at its first full collection too).</summary>
    public static void SettleHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    /// <summary>The 1, 5 and 15 minute load averages, from /proc/loadavg.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(", ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>Resident memory: the current size, or with <paramref name="peak"/> the most it has been (VmHWM).</summary>
    public static long ResidentBytes(bool peak = false)
    {
        var key = peak ? "VmHWM:" : "VmRSS:";
        if (File.Exists("/proc/self/status"))
        {
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
            if (line is not null && long.TryParse(line[key.Length..].Trim().Split(' ')[0], out var kb))
            {
                return kb * 1024;
            }
        }

        using var self = Process.GetCurrentProcess();
        return peak ? self.PeakWorkingSet64 : self.WorkingSet64;
    }

    private static long TotalMemoryBytes()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        return line is not null && long.TryParse(line["MemTotal:".Length..].Trim().Split(' ')[0], out var kb)
            ? kb * 1024
            : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
    }

    private static string CpuModel()
    {
        var line = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection.ServerVersion;
    }

    private static string GitDescription()
    {
        var head = Git("rev-parse --short HEAD");
        var dirty = Git("status --porcelain --untracked-files=no");
        return head is null ? "unknown (no git)" : dirty is { Length: > 0 } ? $"{head} with uncommitted changes" : head;
    }

    private static string? Git(string arguments)
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", $"-C \"{BenchmarkOptions.RepositoryRoot}\" {arguments}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (git is null)
            {
                return null;
            }

            var output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
