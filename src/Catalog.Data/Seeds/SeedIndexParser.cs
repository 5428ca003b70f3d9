using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalog.Data.Seeds;

/// <summary>Reads INDEX.md: an H1 with the catalog's name, a paragraph describing it, and a list of links to paper files.</summary>
internal static class SeedIndexParser
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static SeedIndex? Parse(string text, string displayPath, List<SeedProblem> problems)
    {
        var document = Markdown.Parse(text, s_pipeline);
        var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1);
        var name = heading is null ? "" : InlineText.Of(heading.Inline).Trim();
        if (name.Length == 0)
        {
            problems.Add(new(displayPath, 1, "expected an H1 heading with the catalog's name, e.g. '# My catalog'"));
        }

        var description = document
            .OfType<ParagraphBlock>()
            .Where(p => heading is null || p.Line > heading.Line)
            .Select(p => InlineText.Of(p.Inline).Trim())
            .FirstOrDefault(t => t.Length > 0) ?? "";

        var links = document
            .Descendants<ListItemBlock>()
            .SelectMany(item => item.Descendants<LinkInline>())
            .Where(link => !link.IsImage)
            .Select(link => new SeedLink(Uri.UnescapeDataString(link.Url ?? ""), link.Line + 1))
            .ToList();
        if (links.Count == 0)
        {
            problems.Add(new(displayPath, heading is null ? 1 : heading.Line + 1,
                "lists no papers; expected a Markdown list of links to paper files, e.g. '- [Title](papers/paper.md)'"));
        }

        return name.Length == 0 || links.Count == 0 ? null : new SeedIndex(name, description, links);
    }
}
