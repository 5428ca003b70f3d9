using System.Text;

namespace Catalog.Data.Search;

/// <summary>The one rule for what a typed search may hold: anything a URL can carry that is not text (control
/// characters, a lone half of a surrogate pair, the noncharacters U+FFFE and U+FFFF) becomes a space, so the words around
/// it stay apart, and no page, link, feed or export ever repeats it (an XML writer refuses them).</summary>
public static class QueryText
{
    public static string WithoutNonText(string input)
    {
        if (!input.Any(IsNonText))
        {
            return input;
        }

        var builder = new StringBuilder(input.Length);
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                builder.Append(c).Append(input[++i]);
            }
            else
            {
                builder.Append(IsNonText(c) ? ' ' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>True for a character that is not text; a surrogate is one unless it is half of a pair.</summary>
    private static bool IsNonText(char c) => char.IsSurrogate(c) || char.IsControl(c) || c is '\uFFFE' or '\uFFFF';
}
