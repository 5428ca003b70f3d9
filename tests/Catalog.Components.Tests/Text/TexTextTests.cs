using Catalog.Components.Text;

namespace Catalog.Components.Tests.Text;

public sealed class TexTextTests
{
    [Theory]
    [InlineData("$\\Lambda$-DARTS: Mitigating Performance Collapse", "Λ-DARTS: Mitigating Performance Collapse")]
    [InlineData("$\\alpha$ and $\\beta$ weights", "α and β weights")]
    [InlineData("Scaling at $\\sim$100B", "Scaling at ~100B")]
    [InlineData("$O(n^2)$ attention", "O(n2) attention")]
    [InlineData("$x_{i}$", "xi")]
    [InlineData("$\\ell_1$ penalty", "ℓ1 penalty")]
    [InlineData("$5\\%$ of the data", "5% of the data")]
    [InlineData("$\\mathbf{x}$ and $\\mathcal{O}(n)$", "x and O(n)")]
    [InlineData("$\\text{GPT}$-style", "GPT-style")]
    public void Inline_math_reads_as_plain_unicode(string tex, string plain)
    {
        Assert.Equal(plain, TexText.ToPlain(tex));
    }

    [Theory]
    [InlineData("Dual PatchNorm")]
    [InlineData("Transcending Scaling Laws with 0.1% Extra Compute")]
    [InlineData("Costs \\$5, not \\$6")]
    [InlineData("A lone $ sign")]
    [InlineData("")]
    public void Text_without_inline_math_is_unchanged(string text)
    {
        Assert.Equal(text, TexText.ToPlain(text));
    }

    [Fact]
    public void Unknown_commands_keep_their_name()
    {
        Assert.Equal("log n", TexText.ToPlain("$\\log n$"));
    }
}
