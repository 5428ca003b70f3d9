using System.Globalization;
using System.Text;

namespace Catalog.Web.Tests.Infrastructure;

/// <summary>The app over a seeds folder written at start: <see cref="PaperCount"/> papers, enough for several pages of
/// results and of authors. Every paper is by Pat Pager and three authors of its own, and mentions "paging".</summary>
public sealed class GeneratedCatalog : CatalogFactory
{
    public const int PaperCount = 45;
    public const string SharedAuthor = "Pat Pager";

    public GeneratedCatalog()
    {
        Seeds = Path.Combine(TempFolder, "seeds");
        var papers = Path.Combine(Seeds, "papers");
        Directory.CreateDirectory(papers);
        var index = new StringBuilder("# Generated Catalog\n\nPapers written by the paging tests.\n\n## Papers\n\n");
        for (var n = 1; n <= PaperCount; n++)
        {
            var id = Id(n);
            index.Append(CultureInfo.InvariantCulture, $"- [Paging Study {n:00}](papers/{id}.md)\n");
            File.WriteAllText(Path.Combine(papers, $"{id}.md"), $"""
                ---
                id: '{id}'
                title: 'Paging Study {n:00}'
                authors:
                  - '{SharedAuthor}'
                  - 'Author {n:00}A'
                  - 'Author {n:00}B'
                  - 'Author {n:00}C'
                date: {Date(n)}
                venue: 'Venue {n % 3}'
                ---

                Study number {n} about paging through results.
                """);
        }

        File.WriteAllText(Path.Combine(Seeds, "INDEX.md"), index.ToString());
    }

    public override string Seeds { get; }

    public static string Id(int n) => $"gen-{n:00}";

    /// <summary>Paper n is n days after the first of January 2019: a later paper is a newer one.</summary>
    public static string Date(int n) => new DateOnly(2019, 1, 1).AddDays(n * 40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
