using Bunit;
using Catalog.Components.Text;

namespace Catalog.Components.Tests.Text;

public sealed class MarkedTextTests : BunitContext
{
    [Fact]
    public void Marked_words_become_mark_elements()
    {
        var cut = Render<MarkedText>(p => p.Add(c => c.Text, Samples.Marked("Sparse [Upcycling] from [Dense] Checkpoints")));

        Assert.Equal(["Upcycling", "Dense"], cut.FindAll("mark").Select(m => m.TextContent));
        Assert.Equal("Sparse Upcycling from Dense Checkpoints", cut.Markup.Replace("<mark>", "").Replace("</mark>", ""));
    }

    [Fact]
    public void Text_without_marks_renders_as_it_is()
    {
        var cut = Render<MarkedText>(p => p.Add(c => c.Text, "Dual PatchNorm"));

        Assert.Empty(cut.FindAll("mark"));
        cut.MarkupMatches("Dual PatchNorm");
    }

    [Fact]
    public void Markup_in_the_text_is_shown_as_text_never_run()
    {
        var cut = Render<MarkedText>(p => p.Add(c => c.Text, Samples.Marked("<script>alert(1)</script> [<b>bold</b>] <img src=x onerror=alert(1)>")));

        Assert.Empty(cut.FindAll("script"));
        Assert.Empty(cut.FindAll("b"));
        Assert.Empty(cut.FindAll("img"));
        Assert.Equal("<b>bold</b>", cut.Find("mark").TextContent);
        Assert.Contains("&lt;script&gt;", cut.Markup, StringComparison.Ordinal);
    }
}
