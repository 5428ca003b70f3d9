using Catalog.Data.Model;
using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Highlight;

namespace Catalog.Components.Tests;

/// <summary>Models as the catalog hands them to the components.</summary>
internal static class Samples
{
    public static readonly AuthorRef Ada = new("Ada Lovelace", "ada-lovelace");
    public static readonly AuthorRef Mario = new("Mario Lučić", "mario-lucic");
    public static readonly AuthorRef Grace = new("Grace Hopper", "grace-hopper");

    public static PaperSummary LambdaDarts { get; } = new(
        "2210.07998", "$\\Lambda$-DARTS: Harmonizing Operation Selection", "2022-10-14", "ICLR 2023", [Ada, Mario], 2);

    public static PaperSummary NoVenue { get; } = new("parallels", "Intersection of Parallels", "2022-08", null, [Grace], 1);

    public static string Marked(string text) => text.Replace('[', SearchMarks.Start).Replace(']', SearchMarks.End);

    public static SearchResult ResultFor(SearchRequest request, params AuthorRef[] filterAuthors) =>
        new(request, SearchQueryParser.Parse(request.Query), 0, [], SearchFacets.None, filterAuthors);
}
