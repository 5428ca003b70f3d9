using System.Reflection;
using System.Text.RegularExpressions;

namespace Catalog.Web.Tests.Architecture;

/// <summary>docs/ARCHITECTURE.md draws the modules and their dependencies; the code's dependencies between those modules
/// (<see cref="NamespaceGraph"/>) must be exactly its arrows, so the page a newcomer reads is the code as it is.</summary>
public sealed partial class ArchitectureDiagramTests
{
    private static readonly Assembly[] s_app =
        [typeof(Program).Assembly, typeof(Catalog.Components.CatalogUrls).Assembly, typeof(Catalog.Data.Store.CatalogDatabase).Assembly];

    [Fact]
    public void The_architecture_page_draws_every_dependency_between_modules_and_no_other()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "ARCHITECTURE.md"));
        var modules = Node().Matches(page).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["ns"].Value);
        var drawn = Arrow().Matches(page).Select(m => (m.Groups["from"].Value, m.Groups["to"].Value)).ToHashSet();
        Assert.True(modules.Count >= 8, "The page's diagram names no modules.");

        string? ModuleOf(string ns) => modules
            .Where(m => ns == m.Value || ns.StartsWith(m.Value + ".", StringComparison.Ordinal))
            .OrderByDescending(m => m.Value.Length).Select(m => m.Key).FirstOrDefault();
        var coded = NamespaceGraph.Edges(s_app).Keys
            .Select(e => (From: ModuleOf(e.From), To: ModuleOf(e.To)))
            .Where(e => e.From is not null && e.To is not null && e.From != e.To)
            .Select(e => (e.From!, e.To!)).ToHashSet();

        var missing = coded.Except(drawn).Select(e => $"  {e.Item1} --> {e.Item2}").Order(StringComparer.Ordinal).ToList();
        var stale = drawn.Except(coded).Select(e => $"  {e.Item1} --> {e.Item2}").Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && stale.Count == 0,
            $"docs/ARCHITECTURE.md and the code differ.\nIn the code, not drawn:\n{string.Join('\n', missing)}\nDrawn, not in the code:\n{string.Join('\n', stale)}");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Catalog.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Catalog.sln above {AppContext.BaseDirectory}");
    }

    /// <summary>A module of the diagram: <c>Engine["Engine · Catalog.Data.Search.Engine&lt;br/&gt;…"]</c>.</summary>
    [GeneratedRegex(@"^\s*(?<id>\w+)\[""\w+ · (?<ns>[\w.]+)", RegexOptions.Multiline)]
    private static partial Regex Node();

    [GeneratedRegex(@"^\s*(?<from>\w+) --> (?<to>\w+)\s*$", RegexOptions.Multiline)]
    private static partial Regex Arrow();
}
