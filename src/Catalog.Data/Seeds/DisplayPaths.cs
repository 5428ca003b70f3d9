namespace Catalog.Data.Seeds;

/// <summary>Names files from the seeds folder's own name, "seeds/papers/x.md": short, and the same wherever the app runs.</summary>
internal sealed class DisplayPaths(string root)
{
    private readonly string _name = Path.GetFileName(root);

    public string Of(string full) =>
        Path.Join(_name, Path.GetRelativePath(root, full)).Replace('\\', '/');
}
