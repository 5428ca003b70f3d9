using System.Reflection;

namespace Catalog.Web.Tests.Architecture;

/// <summary>Dependencies between the app's namespaces run one way: no namespace reaches itself through others. Read from
/// the built assemblies (<see cref="NamespaceGraph"/>), so a cycle through a Razor component or a method body counts.</summary>
public sealed class NamespaceCycleTests
{
    private static readonly Assembly[] s_app =
        [typeof(Program).Assembly, typeof(Catalog.Components.CatalogUrls).Assembly, typeof(Catalog.Data.Store.CatalogDatabase).Assembly];

    /// <summary>The cycles issue 17 is taking apart; each step that breaks one deletes it here, the last the list.</summary>
    private static readonly string[][] s_known = [["Catalog.Data.Search", "Catalog.Data.Search.Engine"]];

    [Fact]
    public void No_namespace_of_the_app_reaches_itself_through_others()
    {
        var edges = NamespaceGraph.Edges(s_app);
        var cycles = StronglyConnected.Components(edges.Keys)
            .Where(component => component.Count > 1)
            .Select(component => component.Order(StringComparer.Ordinal).ToArray())
            .ToList();

        var unexpected = cycles.Where(cycle => !s_known.Any(known => known.SequenceEqual(cycle))).ToList();
        Assert.True(unexpected.Count == 0, $"Namespaces that reach themselves:\n{string.Join("\n", unexpected.Select(c => Describe(c, edges)))}");
        var gone = s_known.Where(known => !cycles.Any(cycle => cycle.SequenceEqual(known))).ToList();
        Assert.True(gone.Count == 0, $"A known cycle is gone; delete it from s_known: {string.Join(" | ", gone.Select(g => string.Join(", ", g)))}");
    }

    [Fact]
    public void The_graph_sees_edges_inside_an_assembly_and_across_them()
    {
        var edges = NamespaceGraph.Edges(s_app);

        Assert.Contains(("Catalog.Web.Api", "Catalog.Components"), edges.Keys);
        Assert.Contains(("Catalog.Data.Import", "Catalog.Data.Store"), edges.Keys);
        Assert.Contains(("Catalog.Web.Components.Pages", "Catalog.Components.Search"), edges.Keys);
    }

    private static string Describe(string[] cycle, Dictionary<(string From, string To), string> edges) =>
        string.Join(", ", cycle) + ":\n" + string.Join("\n", edges
            .Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To))
            .Select(e => $"    {e.Key.From} -> {e.Key.To} ({e.Value})"));
}
