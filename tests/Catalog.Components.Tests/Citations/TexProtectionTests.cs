using Catalog.Components.Citations;

namespace Catalog.Components.Tests.Citations;

public sealed class TexProtectionTests
{
    [Theory]
    [InlineData("$\\Lambda$-DARTS: Harmonizing Cells", "{$\\Lambda$}-{DARTS}: Harmonizing Cells")]
    [InlineData("UL2: Unifying Language Learning Paradigms", "{UL2}: Unifying Language Learning Paradigms")]
    [InlineData("Dual PatchNorm for ViT", "Dual {PatchNorm} for {ViT}")]
    [InlineData("Transcending Scaling Laws with 0.1% Extra Compute", "Transcending Scaling Laws with 0.1\\% Extra Compute")]
    [InlineData("Already {Braced} \\LaTeX", "Already {Braced} \\LaTeX")]
    [InlineData("Q&A #1 of snake_case", "Q\\&A \\#1 of snake\\_case")]
    public void Titles_keep_their_TeX_and_protect_capitals_that_must_stay(string title, string expected) =>
        Assert.Equal(expected, TexProtection.Title(title));

    [Theory]
    [InlineData("Unbalanced } brace {", "Unbalanced \\} brace \\{")]
    [InlineData("Cost $O(n_1)$ at 5%", "Cost $O(n_1)$ at 5\\%")]
    public void Other_text_escapes_what_TeX_would_read_as_commands(string text, string expected) =>
        Assert.Equal(expected, TexProtection.Text(text));

    [Theory]
    [InlineData("only ~50% of the cost -- with x_i & #2", "only \\~{}50\\% of the cost -{}- with x\\_i \\& \\#2")]
    [InlineData("a {set} costs $5 at 2^n", "a \\{set\\} costs \\$5 at 2{\\textasciicircum}n")]
    [InlineData("C:\\path ``quoted'' Λ-DARTS", "C:{\\textbackslash}path `{}`quoted'{}' Λ-DARTS")]
    public void A_plain_text_is_written_so_LaTeX_and_Zotero_read_it_as_it_is(string text, string expected) =>
        Assert.Equal(expected, TexProtection.Literal(text));
}
