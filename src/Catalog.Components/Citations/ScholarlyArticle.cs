using System.Text.Json;
using System.Text.Json.Nodes;
using Catalog.Components.Text;

namespace Catalog.Components.Citations;

/// <summary>A paper as a schema.org ScholarlyArticle in JSON-LD, inside its &lt;script type="application/ld+json"&gt;. A data
/// block is never run, so a script-src policy does not apply to it; the JSON escapes &lt; and &gt;, so no text can end it.</summary>
public static class ScholarlyArticle
{
    public static string Script(Citation citation, string description)
    {
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "ScholarlyArticle",
            ["headline"] = TexText.ToPlain(citation.Title),
            ["name"] = TexText.ToPlain(citation.Title),
            ["url"] = citation.PageUrl,
            ["description"] = TexText.ToPlain(description),
            ["author"] = new JsonArray([.. citation.Authors.Select(a => new JsonObject
            {
                ["@type"] = "Person",
                ["name"] = a.Given.Length == 0 ? a.Family : $"{a.Given} {a.Family}",
                ["familyName"] = a.Family,
            })]),
        };
        if (citation.DateText('-') is { } date)
        {
            article["datePublished"] = date;
        }

        if (citation.Venue is { } venue && citation.Kind is CitationKind.Conference or CitationKind.Journal)
        {
            article["isPartOf"] = new JsonObject { ["@type"] = citation.Kind == CitationKind.Journal ? "Periodical" : "PublicationEvent", ["name"] = venue };
        }

        var sameAs = new JsonArray();
        if (citation.Arxiv is { } arxiv)
        {
            sameAs.Add($"https://arxiv.org/abs/{arxiv}");
        }

        if (citation.Doi is { } doi)
        {
            sameAs.Add($"https://doi.org/{doi}");
        }

        if (sameAs.Count > 0)
        {
            article["sameAs"] = sameAs;
        }

        // The default encoder writes <, > and & as \u escapes: "</script>" in a title cannot close the block.
        return $"<script type=\"application/ld+json\">{article.ToJsonString(new JsonSerializerOptions())}</script>";
    }
}
