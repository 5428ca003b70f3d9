using System.Globalization;
using System.Text;

namespace Catalog.Web.Tests.Infrastructure;

/// <summary>The app on a real socket over <see cref="PaperCount"/> generated papers with long abstracts, so that a
/// search's export (several megabytes) is far larger than what the loopback connection buffers: a client that hangs up
/// after the first bytes does so while the app is still writing.</summary>
public sealed class LargeExportCatalog() : ServedCatalog([], writeSeeds: Write)
{
    public const int PaperCount = 2_500;

    private static void Write(string seeds)
    {
        var papers = Path.Combine(seeds, "papers");
        Directory.CreateDirectory(papers);
        var index = new StringBuilder("# Large Export Catalog\n\nPapers with long abstracts, written by the export tests.\n\n## Papers\n\n");
        var sentences = string.Concat(Enumerable.Repeat("A long abstract keeps the export larger than the connection buffers. ", 24));
        for (var n = 1; n <= PaperCount; n++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"large-{n:0000}");
            index.Append(CultureInfo.InvariantCulture, $"- [Large Export {n:0000}](papers/{id}.md)\n");
            File.WriteAllText(Path.Combine(papers, $"{id}.md"), $"""
                ---
                id: '{id}'
                title: 'Large Export {n:0000}'
                authors:
                  - 'Exa Porter'
                  - 'Author {n:0000}'
                date: 2021-01-01
                ---

                Study {n}. {sentences}
                """);
        }

        File.WriteAllText(Path.Combine(seeds, "INDEX.md"), index.ToString());
    }
}
