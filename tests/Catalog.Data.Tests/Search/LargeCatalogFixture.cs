using Catalog.Data.Search;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Search;

/// <summary>A catalog of 45 generated papers, more than two pages of results, imported once for the paging tests.
/// Paper n is dated n days after 2000-01-01, so newest first is p45 down to p01.</summary>
public sealed class LargeCatalogFixture : IDisposable
{
    public const int PaperCount = 45;

    private readonly TempSeeds _seeds = TempSeeds.Generated("large", Enumerable.Range(1, PaperCount).Select(n => (Id(n), Paper(n))));

    public LargeCatalogFixture()
    {
        var result = _seeds.Import();
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Search = new PaperSearch(_seeds.Database());
    }

    public PaperSearch Search { get; }

    public static string Id(int n) => $"p{n:D2}";

    private static string Paper(int n)
    {
        var date = new DateOnly(2000, 1, 1).AddDays(n).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var widgets = string.Join(' ', Enumerable.Repeat("widget", 1 + (n % 4)));
        return $"---\nid: {Id(n)}\ntitle: Paper {n:D2} on gadgets\nauthors:\n  - Common Author\n  - Author {n % 3}\ndate: {date}\n---\n\nThis paper is about {widgets} and other things.\n";
    }

    public void Dispose() => _seeds.Dispose();
}
