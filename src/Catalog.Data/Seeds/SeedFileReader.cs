using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Unicode;

namespace Catalog.Data.Seeds;

/// <summary>The one way a seed file is read: only a non-empty regular file whose real path, every symbolic link
/// followed, lies inside the seeds folder; at most its kind's limit, read with a bound, so a link to /dev/zero or a
/// file that grows cannot fill memory; and as strict UTF-8. Pipes and devices report a size of 0, and a seed file that
/// is empty holds nothing to import, so a file of size 0 is never opened: opening a named pipe would wait forever.</summary>
public sealed class SeedFileReader
{
    /// <summary>A paper file's limit: a long abstract is a few kilobytes.</summary>
    public const long MaxPaperBytes = 1024 * 1024;

    /// <summary>INDEX.md's and people.yaml's limit: a line per paper or person (86k papers: 9 MiB).</summary>
    public const long MaxListBytes = 256L * 1024 * 1024;

    private const int MaxLinks = 40;

    private readonly string _realRoot;

    /// <summary>Folders' real paths: every paper of a folder shares its folder's, so each is worked out once (86k
    /// papers would otherwise cost half a million system calls).</summary>
    private readonly ConcurrentDictionary<string, string?> _realFolders = new(StringComparer.Ordinal);

    /// <param name="root">The seeds folder, a full path.</param>
    public SeedFileReader(string root)
    {
        _realRoot = RealPath(root) ?? root;
    }

    /// <summary>Where <paramref name="path"/> really is when it is a regular file inside the seeds folder; otherwise
    /// null, with the reason.</summary>
    public string? Locate(string path, out string? whyNot)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        var realFolder = folder is null ? null : _realFolders.GetOrAdd(folder, RealPath);
        var real = realFolder is null ? null : RealPathIn(realFolder, Path.GetFileName(full));
        if (real is null || !File.Exists(real))
        {
            whyNot = Directory.Exists(real ?? path) ? "is a folder, not a file" : "does not exist";
            return null;
        }

        if (!real.StartsWith(_realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            whyNot = $"is a link to '{real}', outside the seeds folder; seed files must be inside it";
            return null;
        }

        whyNot = null;
        return real;
    }

    /// <summary>The file's text with '\n' line ends, or null with a problem at <paramref name="displayPath"/>.</summary>
    /// <param name="path">The file, as INDEX.md links it: its real path is worked out here.</param>
    /// <param name="displayPath">The file as problems name it.</param>
    /// <param name="maxBytes">The file's limit: <see cref="MaxPaperBytes"/> or <see cref="MaxListBytes"/>.</param>
    /// <param name="problems">Where a problem is added.</param>
    public string? ReadText(string path, string displayPath, long maxBytes, List<SeedProblem> problems)
    {
        if (Locate(path, out var whyNot) is not { } real)
        {
            problems.Add(new(displayPath, 1, $"file cannot be read: it {whyNot}"));
            return null;
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(real).Length;
            if (length == 0)
            {
                problems.Add(new(displayPath, 1, "file is empty or not a regular file (a pipe or a device); expected a text file"));
                return null;
            }

            if (length > maxBytes)
            {
                problems.Add(new(displayPath, 1, FormattableString.Invariant($"file is {length / 1024.0 / 1024.0:0.0} MiB; this file may be at most {maxBytes / 1024 / 1024} MiB")));
                return null;
            }

            bytes = ReadBounded(real, maxBytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new(displayPath, 1, $"file cannot be read: {ex.Message}"));
            return null;
        }

        if (bytes.Length > maxBytes)
        {
            problems.Add(new(displayPath, 1, FormattableString.Invariant($"file grew past {maxBytes / 1024 / 1024} MiB while it was read; this file may be at most {maxBytes / 1024 / 1024} MiB")));
            return null;
        }

        return Decode(bytes, displayPath, problems);
    }

    /// <summary>At most one byte more than the limit, which is enough to know the file is too large.</summary>
    private static byte[] ReadBounded(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[Math.Min(maxBytes + 1, Math.Max(stream.Length, 4096) + 1)];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
            if (total == buffer.Length && total <= maxBytes)
            {
                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
            }
        }

        return buffer[..total];
    }

    /// <summary>Strict UTF-8, reporting the line of the first invalid byte.</summary>
    private static string? Decode(byte[] bytes, string displayPath, List<SeedProblem> problems)
    {
        var span = bytes.AsSpan();
        var bomLength = span.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        span = span[bomLength..];

        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var line = span[..bytesRead].Count((byte)'\n') + 1;
            problems.Add(new(displayPath, line, $"invalid UTF-8 at byte {bomLength + bytesRead + 1}; save the file as UTF-8"));
            return null;
        }

        return new string(chars, 0, charsWritten).ReplaceLineEndings("\n");
    }

    /// <summary>The real path of a name in a folder whose path is real already: the name itself, unless it is a link.</summary>
    private static string? RealPathIn(string realFolder, string name)
    {
        var path = Path.Combine(realFolder, name);
        return new FileInfo(path).LinkTarget is { } target ? RealPath(Path.GetFullPath(target, realFolder)) : path;
    }

    /// <summary>The path with every symbolic link in it followed, as realpath(3) gives it; null when a link is broken
    /// or links go round in circles.</summary>
    private static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var pending = new Stack<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            var next = Path.Combine(current, part);
            var info = new FileInfo(next);
            if (info.LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            var resolved = Path.GetFullPath(target, current);
            var resolvedRoot = Path.GetPathRoot(resolved) ?? "/";
            foreach (var piece in resolved[resolvedRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
            {
                pending.Push(piece);
            }

            current = resolvedRoot;
        }

        return current;
    }
}
