using Catalog.Components;

namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>A kind of page a visitor can land on, with one URL of that kind in the real catalog and its status.</summary>
public sealed record PageKind(string Name, string Url, int Status = 200)
{
    public const string LambdaDartsId = "2210.07998";

    public static IReadOnlyList<PageKind> All { get; } =
    [
        new("home", CatalogUrls.Home),
        new("results", CatalogUrls.SearchFor("scaling")),
        new("no-results", CatalogUrls.SearchFor("zebra xylophone")),
        new("paper", CatalogUrls.Paper(LambdaDartsId)),
        new("author", CatalogUrls.Author("mostafa-dehghani")),
        new("authors", CatalogUrls.Authors()),
        new("not-found", "/no-such-page", 404),
    ];

    /// <summary>Every kind by name, for theories: one test case per kind of page.</summary>
    public static TheoryData<string> Names => [.. All.Select(kind => kind.Name)];

    public static PageKind Named(string name) => All.Single(kind => kind.Name == name);

    public override string ToString() => $"{Name} ({Url})";
}
