namespace Catalog.Data.Seeds;

/// <summary>What changes when anything in a seeds folder does: the newest modification time of its files and folders
/// (a deleted file changes its folder's) and the number of files. Cheap enough to poll every few seconds.</summary>
public readonly record struct SeedFolderStamp(DateTime LatestWrite, int Files)
{
    public static SeedFolderStamp Of(string seedsDir)
    {
        if (!Directory.Exists(seedsDir))
        {
            return default;
        }

        var latest = Directory.GetLastWriteTimeUtc(seedsDir);
        var files = 0;
        foreach (var entry in new DirectoryInfo(seedsDir).EnumerateFileSystemInfos("*", SearchOption.AllDirectories))
        {
            latest = entry.LastWriteTimeUtc > latest ? entry.LastWriteTimeUtc : latest;
            files += entry is FileInfo ? 1 : 0;
        }

        return new SeedFolderStamp(latest, files);
    }
}
