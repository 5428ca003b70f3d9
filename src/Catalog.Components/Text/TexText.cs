using System.Text;
using System.Text.RegularExpressions;

namespace Catalog.Components.Text;

/// <summary>Reads TeX in titles as plain Unicode for places where KaTeX cannot run, such as the page's &lt;title&gt;:
/// "$\Lambda$-DARTS" becomes "Λ-DARTS".</summary>
public static partial class TexText
{
    private static readonly Dictionary<string, string> s_symbols = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["iota"] = "ι", ["kappa"] = "κ", ["lambda"] = "λ", ["mu"] = "μ",
        ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ", ["tau"] = "τ", ["upsilon"] = "υ",
        ["phi"] = "φ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ",
        ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["sim"] = "~", ["approx"] = "≈", ["times"] = "×", ["cdot"] = "·", ["pm"] = "±", ["leq"] = "≤", ["le"] = "≤",
        ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠", ["infty"] = "∞", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←",
        ["in"] = "∈", ["ell"] = "ℓ", ["partial"] = "∂", ["nabla"] = "∇", ["sum"] = "∑", ["prod"] = "∏", ["sqrt"] = "√",
        ["%"] = "%", ["&"] = "&", ["$"] = "$", ["_"] = "_", ["#"] = "#",
    };

    // Commands that only style or size their argument: the argument is what a reader sees.
    private static readonly HashSet<string> s_wrappers = new(StringComparer.Ordinal)
    {
        "mathbf", "mathrm", "mathit", "mathsf", "mathtt", "mathcal", "mathbb", "mathfrak", "boldsymbol", "bm",
        "text", "textrm", "textbf", "textit", "textsf", "texttt", "operatorname", "left", "right", "displaystyle",
    };

    public static string ToPlain(string text) => InlineMath().Replace(text, m => MathToPlain(m.Groups[1].Value));

    private static string MathToPlain(string math)
    {
        // An unknown command is usually an operator name (\log, \max): keep its name and the space after it.
        var replaced = Command().Replace(math, m =>
            s_symbols.TryGetValue(m.Groups[1].Value, out var symbol) ? symbol
            : s_wrappers.Contains(m.Groups[1].Value) ? ""
            : m.Value[1..]);
        var builder = new StringBuilder(replaced.Length);
        foreach (var c in replaced)
        {
            if (c is not ('{' or '}' or '^' or '_'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Trim();
    }

    [GeneratedRegex(@"(?<!\\)\$([^$]+)(?<!\\)\$")]
    private static partial Regex InlineMath();

    [GeneratedRegex(@"\\([A-Za-z]+|[%&$_#])\s?")]
    private static partial Regex Command();
}
