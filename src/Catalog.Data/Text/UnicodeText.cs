using System.Text;

namespace Catalog.Data.Text;

/// <summary>The one walk over a string's characters that keeps surrogate pairs whole: every character a caller refuses,
/// and every lone half of a pair (which no encoder or normalizer accepts), becomes the caller's replacement. Each caller
/// keeps its own replacement: a name shows U+FFFD where something was, a search a space between words.</summary>
public static class UnicodeText
{
    public static string Replace(string text, Func<char, bool> refused, char replacement)
    {
        var builder = (StringBuilder?)null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || refused(c))
            {
                builder ??= new StringBuilder(text.Length).Append(text, 0, i);
                builder.Append(replacement);
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }
}
