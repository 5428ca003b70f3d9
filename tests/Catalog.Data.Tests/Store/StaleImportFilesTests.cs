using System.Diagnostics;
using Catalog.Data.Store;
using Catalog.Data.Import;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Store;

/// <summary>What a killed import left beside the catalog is removed by the next import, but not what a running import
/// of another process is writing, nor anything else in the folder.</summary>
public sealed class StaleImportFilesTests : IDisposable
{
    private readonly TempSeeds _seeds = TempSeeds.FromFixture("good");

    [Fact]
    public void Files_of_a_process_that_is_gone_are_removed_by_the_next_import()
    {
        var gone = DeadProcessId();
        var left = new[] { $"{_seeds.DbPath}.{gone}-0123456789abcdef0123456789abcdef.importing", $"{_seeds.DbPath}.{gone}-0123456789abcdef0123456789abcdef.importing.fts" };
        foreach (var file in left)
        {
            File.WriteAllText(file, "half a catalog");
        }

        Assert.True(SeedImporter.Import(_seeds.Dir, _seeds.DbPath).Succeeded);

        Assert.All(left, file => Assert.False(File.Exists(file), file));
    }

    [Fact]
    public void Files_of_a_running_process_and_other_files_are_kept()
    {
        using var running = Process.Start(new ProcessStartInfo("sleep", "30") { UseShellExecute = false })!;
        try
        {
            var building = $"{_seeds.DbPath}.{running.Id}-0123456789abcdef0123456789abcdef.importing";
            var other = $"{_seeds.DbPath}.backup";
            File.WriteAllText(building, "being written");
            File.WriteAllText(other, "the operator's");

            Assert.Equal(0, StaleImportFiles.Remove(_seeds.DbPath));

            Assert.True(File.Exists(building));
            Assert.True(File.Exists(other));
        }
        finally
        {
            running.Kill();
        }
    }

    [Fact]
    public void A_file_older_than_the_process_that_now_has_its_id_is_removed()
    {
        // The id of this very process, as after a container restart, on a file written before this process started.
        var stale = $"{_seeds.DbPath}.{Environment.ProcessId}-0123456789abcdef0123456789abcdef.importing";
        File.WriteAllText(stale, "from before the restart");
        File.SetLastWriteTimeUtc(stale, Process.GetCurrentProcess().StartTime.ToUniversalTime().AddMinutes(-5));

        Assert.Equal(1, StaleImportFiles.Remove(_seeds.DbPath));
        Assert.False(File.Exists(stale));
    }

    public void Dispose() => _seeds.Dispose();

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
