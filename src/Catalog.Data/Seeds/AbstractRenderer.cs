using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalog.Data.Seeds;

/// <summary>Renders an abstract's Markdown to HTML, when a paper's page shows it (a few microseconds; the store keeps
/// the Markdown alone). Seeds are untrusted: raw HTML is escaped, not passed through, and links may only point to
/// http, https or mailto addresses. An image is shown as a link to it, with its alt text: an outside image would be
/// loaded into every reader's page (a tracking pixel), and the site's Content-Security-Policy allows its own images only.</summary>
public static class AbstractRenderer
{
    /// <summary>Parses a whole paper file at import, its YAML front matter block included.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().DisableHtml().Build();

    /// <summary>Parses an abstract alone: without front matter, so an abstract that starts with '---' stays text.</summary>
    private static readonly MarkdownPipeline s_abstractPipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly string[] s_safeSchemes = ["http", "https", "mailto"];

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, s_abstractPipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "";
            }

            if (link.IsImage)
            {
                link.IsImage = false;
                if (link.FirstChild is null)
                {
                    link.AppendChild(new LiteralInline("image"));
                }
            }
        }

        foreach (var link in document.Descendants<AutolinkInline>())
        {
            if (!link.IsEmail && !IsSafe(link.Url))
            {
                link.Url = "";
            }
        }

        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        s_abstractPipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().TrimEnd('\n');
    }

    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        return Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            ? s_safeSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase)
            : !url.Contains(':', StringComparison.Ordinal);
    }
}
