using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Catalog.Data.Seeds;

/// <summary>Renders an abstract's Markdown to HTML once, at import. Seeds are untrusted: raw HTML is
/// escaped, not passed through, and links may only point to http, https or mailto addresses.</summary>
public static class AbstractRenderer
{
    /// <summary>Parses a whole paper file: its YAML front matter block renders as nothing, so the document renders
    /// as the abstract alone, and the file is parsed once.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().DisableHtml().Build();
    private static readonly string[] s_safeSchemes = ["http", "https", "mailto"];

    public static string ToHtml(string markdown) => ToHtml(Markdown.Parse(markdown, Pipeline));

    public static string ToHtml(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "";
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
        Pipeline.Setup(renderer);
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
