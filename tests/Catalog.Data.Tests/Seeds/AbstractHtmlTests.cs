using System.Text.RegularExpressions;
using Catalog.Data.Queries;
using Catalog.Data.Seeds;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

public sealed partial class AbstractHtmlTests
{
    private static readonly string[] s_allowedTags = ["p", "a", "em", "strong", "code", "img", "br", "ul", "ol", "li", "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6"];

    [Fact]
    public void RawHtmlInAnAbstractNeverReachesAbstractHtmlAsMarkup()
    {
        using var seeds = TempSeeds.FromFixture("raw-html");
        Assert.True(seeds.Import().Succeeded);

        var paper = new PaperQueries(seeds.Database()).Get("hostile");

        Assert.NotNull(paper);
        AssertHarmless(paper.AbstractHtml);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", paper.AbstractHtml);
        Assert.Contains("&lt;img src=&quot;x&quot; onerror=&quot;alert(2)&quot;&gt;", paper.AbstractHtml);
        Assert.Contains("<a href=\"https://example.org/paper\">safe link</a>", paper.AbstractHtml);
    }

    [Fact]
    public void TheAbstractsMarkdownSourceIsKeptAsTheSeedWroteIt()
    {
        using var seeds = TempSeeds.FromFixture("raw-html");
        seeds.Import();

        var paper = new PaperQueries(seeds.Database()).Get("hostile");

        var source = seeds.ReadText("papers/hostile.md");
        Assert.Equal(source[(source.IndexOf("\n---\n", StringComparison.Ordinal) + 5)..].Trim(), paper!.AbstractMarkdown);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<SCRIPT SRC=//evil.example/x.js></SCRIPT>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x]( javascript:alert(1) )")]
    [InlineData("[x](<javascript:alert(1)>)")]
    [InlineData("[x](java&#115;cript:alert(1))")]
    [InlineData("[x](&#x6A;avascript:alert(1))")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<div onmouseover=\"alert(1)\">hover</div>")]
    [InlineData("<!-- comment --><style>body{display:none}</style>")]
    [InlineData("<svg><script>alert(1)</script></svg>")]
    [InlineData("<iframe src=\"https://example.org\"></iframe>")]
    [InlineData("`<script>` in code, and <b>bold</b>")]
    [InlineData("Text *emphasis* with \"quotes\" & <ampersands>")]
    public void HostileMarkdownRendersAsHarmlessHtml(string markdown) => AssertHarmless(AbstractRenderer.ToHtml(markdown));

    [Theory]
    [InlineData("[arXiv](https://arxiv.org/abs/2302.05442)", "<a href=\"https://arxiv.org/abs/2302.05442\">arXiv</a>")]
    [InlineData("[mail](mailto:someone@example.org)", "<a href=\"mailto:someone@example.org\">mail</a>")]
    [InlineData("[relative](papers/a.md)", "<a href=\"papers/a.md\">relative</a>")]
    [InlineData("[x](javascript:alert(1))", "<a href=\"\">x</a>")]
    public void SafeLinksAreKeptAndUnsafeOnesLoseTheirAddress(string markdown, string link) =>
        Assert.Contains(link, AbstractRenderer.ToHtml(markdown));

    [Fact]
    public void TexInAnAbstractStaysText()
    {
        var html = AbstractRenderer.ToHtml("our method ($\\Lambda$-DARTS) and $\\sim$4.4 million");

        Assert.Equal("<p>our method ($\\Lambda$-DARTS) and $\\sim$4.4 million</p>", html);
    }

    private static void AssertHarmless(string html)
    {
        foreach (Match tag in Tag().Matches(html))
        {
            Assert.Contains(tag.Groups["name"].Value.ToLowerInvariant(), s_allowedTags);
            Assert.DoesNotMatch(EventAttribute(), tag.Value);
            Assert.DoesNotMatch(UnsafeAddress(), tag.Value);
        }
    }

    [GeneratedRegex(@"<\s*/?\s*(?<name>[A-Za-z][A-Za-z0-9-]*)[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttribute();

    [GeneratedRegex(@"(?:href|src)\s*=\s*[""']?\s*(?:javascript|vbscript|data):", RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeAddress();
}
