using System.Reflection;

namespace Catalog.Web.Tests.Architecture;

/// <summary>Dependencies between the app's namespaces run one way: no namespace reaches itself through others. Read from
/// the built assemblies (<see cref="NamespaceGraph"/>), so a cycle through a Razor component or a method body counts.</summary>
public sealed class NamespaceCycleTests
{
    private static readonly Assembly[] s_app =
        [typeof(Program).Assembly, typeof(Catalog.Components.CatalogUrls).Assembly, typeof(Catalog.Data.Store.CatalogDatabase).Assembly];

    [Fact]
    public void No_namespace_of_the_app_reaches_itself_through_others()
    {
        var edges = NamespaceGraph.Edges(s_app);
        var cycles = StronglyConnected.Components(edges.Keys)
            .Where(component => component.Count > 1)
            .Select(component => component.Order(StringComparer.Ordinal).ToArray())
            .ToList();

        Assert.True(cycles.Count == 0, $"Namespaces that reach themselves:\n{string.Join("\n", cycles.Select(c => Describe(c, edges)))}");
    }

    [Fact]
    public void The_graph_sees_edges_inside_an_assembly_and_across_them()
    {
        var edges = NamespaceGraph.Edges(s_app);

        // Inside an assembly through a method body, a signature and a constructor call; across assemblies through a
        // Razor component's render tree.
        Assert.Contains(("Catalog.Data.Search", "Catalog.Data.Search.Engine.Highlight"), edges.Keys);
        Assert.Contains(("Catalog.Data.Search.Engine.Query", "Catalog.Data.Search.Engine.Index"), edges.Keys);
        Assert.Contains(("Catalog.Web.Api", "Catalog.Components"), edges.Keys);
        Assert.Contains(("Catalog.Data.Import", "Catalog.Data.Store"), edges.Keys);
        Assert.Contains(("Catalog.Web.Components.Pages", "Catalog.Components.Search"), edges.Keys);
    }

    private static string Describe(string[] cycle, Dictionary<(string From, string To), string> edges) =>
        string.Join(", ", cycle) + ":\n" + string.Join("\n", edges
            .Where(e => cycle.Contains(e.Key.From) && cycle.Contains(e.Key.To))
            .Select(e => $"    {e.Key.From} -> {e.Key.To} ({e.Value})"));
}
