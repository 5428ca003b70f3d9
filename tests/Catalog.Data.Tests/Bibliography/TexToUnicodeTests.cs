using Catalog.Data.Bibliography;

namespace Catalog.Data.Tests.Bibliography;

/// <summary>TeX in BibTeX values reads as the Unicode it prints; math stays TeX, as the seeds keep it.</summary>
public sealed class TexToUnicodeTests
{
    [Theory]
    [InlineData(@"Schr{\""o}dinger", "Schrödinger")]
    [InlineData(@"Schr\""odinger", "Schrödinger")]
    [InlineData(@"Schr\""{o}dinger", "Schrödinger")]
    [InlineData(@"Lu\v{c}i\'{c}", "Lučić")]
    [InlineData(@"{\aa}ngstr{\""o}m", "ångström")]
    [InlineData(@"\AA{}ngstr\""om", "Ångström")]
    [InlineData(@"Stra{\ss}e", "Straße")]
    [InlineData(@"Ni\~no and Garc\'{\i}a", "Niño and García")]
    [InlineData(@"Ni{\~n}o", "Niño")]
    [InlineData(@"Sj{\o}rd {\L}{\'o}d{\'z}", "Sjørd Łódź")]
    [InlineData(@"Fran\c{c}ois \c Cedric", "François Çedric")]
    [InlineData(@"Erd\H{o}s", "Erdős")]
    [InlineData(@"pages 1--10, 2002---2003", "pages 1–10, 2002—2003")]
    [InlineData(@"Research \& Development, 50\% \#1 a\_b", "Research & Development, 50% #1 a_b")]
    [InlineData(@"{BERT}: Pre-training of Deep {Bidirectional} Transformers", "BERT: Pre-training of Deep Bidirectional Transformers")]
    [InlineData(@"{$\Lambda$}-{DARTS}: Mitigating", @"$\Lambda$-DARTS: Mitigating")]
    [InlineData(@"Learning $\mathcal{O}(n^{2})$ things", @"Learning $\mathcal{O}(n^{2})$ things")]
    [InlineData(@"\emph{Attention} is \textbf{all} you need", "Attention is all you need")]
    [InlineData(@"``quoted'' text", "“quoted” text")]
    [InlineData(@"tilde\~{}and{\textbackslash}and{\textasciicircum}", @"tilde~and\and^")]
    [InlineData(@"-{}- kept apart", "-- kept apart")]
    [InlineData(@"Non~breaking", "Non breaking")]
    [InlineData(@"\unknowncommand{x}", @"\unknowncommandx")]
    [InlineData(@"a $ alone", "a $ alone")]
    public void TexReadsAsUnicode(string tex, string expected) => Assert.Equal(expected, TexToUnicode.Convert(tex));
}
