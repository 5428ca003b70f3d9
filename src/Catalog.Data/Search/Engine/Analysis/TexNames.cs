using System.Text;

namespace Catalog.Data.Search.Engine.Analysis;

/// <summary>Titles keep their TeX (<c>$\Lambda$-DARTS</c>), which the tokenizer reads as the command's name
/// ("lambda"); a person types the letter (<c>Λ-DARTS</c>). A query word with a Greek letter or one of a few math symbols
/// is also looked for with each written as its TeX command: "\lambda-DARTS" has the tokens TeX's title has. Letters are
/// case-folded as the tokenizer folds them (Λ and λ are both \lambda; accents go, ά is α).</summary>
internal static class TexNames
{
    private static readonly Dictionary<uint, string> s_names = new()
    {
        ['α'] = "alpha", ['β'] = "beta", ['γ'] = "gamma", ['δ'] = "delta", ['ε'] = "epsilon", ['ϵ'] = "epsilon",
        ['ζ'] = "zeta", ['η'] = "eta", ['θ'] = "theta", ['ϑ'] = "vartheta", ['ι'] = "iota", ['κ'] = "kappa",
        ['λ'] = "lambda", ['μ'] = "mu", ['ν'] = "nu", ['ξ'] = "xi", ['ο'] = "omicron", ['π'] = "pi", ['ρ'] = "rho",
        ['σ'] = "sigma", ['ς'] = "varsigma", ['τ'] = "tau", ['υ'] = "upsilon", ['φ'] = "phi", ['ϕ'] = "phi", ['χ'] = "chi",
        ['ψ'] = "psi", ['ω'] = "omega", ['ℓ'] = "ell", ['∞'] = "infty", ['∇'] = "nabla", ['∂'] = "partial",
    };

    /// <summary>The text with every such character written as its TeX command, or null when it has none.</summary>
    public static string? Spell(string text)
    {
        StringBuilder? spelled = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!s_names.TryGetValue(Unicode61.Fold(c), out var name))
            {
                spelled?.Append(c);
                continue;
            }

            spelled ??= new StringBuilder(text, 0, i, text.Length + 16);
            // The backslash ends the word before, as in TeX; a space ends the command before a following letter.
            spelled.Append('\\').Append(name);
            if (i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                spelled.Append(' ');
            }
        }

        return spelled?.ToString();
    }
}
