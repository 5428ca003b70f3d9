using System.Diagnostics;
using System.Globalization;

namespace Catalog.Data.Store;

/// <summary>Removes what a killed import left beside the catalog: <c>catalog.db.PID-GUID.importing</c> and its
/// <c>.importing.fts</c> (and their journals). Another process may be importing into the same folder at the same time, so a file is removed
/// only when the process that wrote it is gone: no process has its id, or the one that has it started after the file
/// was last written (the id was reused, as it is after a container restarts). An import of this process is never
/// touched: while it runs, it writes the file.</summary>
public static class StaleImportFiles
{
    private static readonly string[] s_suffixes = [".importing", ".importing.fts", ".importing-journal", ".importing.fts-journal"];

    public static int Remove(string dbPath)
    {
        var fullPath = Path.GetFullPath(dbPath);
        var folder = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var removed = 0;
        var prefix = Path.GetFileName(fullPath) + ".";
        foreach (var file in Directory.EnumerateFiles(folder, prefix + "*.importing*"))
        {
            var name = Path.GetFileName(file);
            if (s_suffixes.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal))
                && WriterIsGone(name.AsSpan(prefix.Length), File.GetLastWriteTimeUtc(file)))
            {
                try
                {
                    File.Delete(file);
                    removed++;
                }
                catch (IOException)
                {
                    // Removed by another process's import at the same moment, or not ours to remove.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
        }

        return removed;
    }

    private static bool WriterIsGone(ReadOnlySpan<char> name, DateTime lastWritten)
    {
        var dash = name.IndexOf('-');
        if (dash <= 0 || !int.TryParse(name[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
        {
            return false;
        }

        if (pid == Environment.ProcessId)
        {
            return Process.GetCurrentProcess().StartTime.ToUniversalTime() > lastWritten;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited || process.StartTime.ToUniversalTime() > lastWritten;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // The process exists but belongs to someone else: it may be importing.
            return false;
        }
    }
}
