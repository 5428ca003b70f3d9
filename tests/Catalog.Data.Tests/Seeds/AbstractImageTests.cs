using Catalog.Data.Seeds;

namespace Catalog.Data.Tests.Seeds;

/// <summary>An abstract's image never loads into the page (a tracking pixel would reach every reader): it is shown as a
/// link to the image, with its alt text.</summary>
public sealed class AbstractImageTests
{
    [Theory]
    [InlineData("See ![a chart](https://tracker.example/p.gif).", "<a href=\"https://tracker.example/p.gif\">a chart</a>")]
    [InlineData("![](https://tracker.example/p.gif)", "<a href=\"https://tracker.example/p.gif\">image</a>")]
    [InlineData("![x](javascript:alert(1))", "<a href=\"\">x</a>")]
    [InlineData("[![badge](https://ci.example/b.svg)](https://ci.example)", "<a href=\"https://ci.example\"><a href=\"https://ci.example/b.svg\">badge</a></a>")]
    public void An_image_is_a_link_to_it(string markdown, string expected)
    {
        var html = AbstractRenderer.ToHtml(markdown);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }
}
