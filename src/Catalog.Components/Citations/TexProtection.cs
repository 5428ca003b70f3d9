using System.Text;

namespace Catalog.Components.Citations;

/// <summary>Makes a title safe to put between BibTeX's braces with its TeX kept as written: math is braced so styles that
/// change case leave "$\Lambda$" alone, words whose capitals must stay capitals ("ViT", "DARTS", "UL2") are braced, and
/// the characters TeX reads as commands outside math (% &amp; # _) are escaped. Braces already in the text are kept; a
/// text whose braces do not balance has them escaped, since one stray brace ends the whole field.</summary>
public static class TexProtection
{
    public static string Title(string title)
    {
        var balanced = BracesBalance(title);
        var builder = new StringBuilder(title.Length + 16);
        var i = 0;
        while (i < title.Length)
        {
            var c = title[i];
            if (c == '$' && !IsEscaped(title, i) && FindMathEnd(title, i) is var end and > 0)
            {
                builder.Append('{').Append(title, i, end - i + 1).Append('}');
                i = end + 1;
            }
            else if (c is '{' or '}' && balanced && !IsEscaped(title, i))
            {
                var close = c == '{' ? MatchingBrace(title, i) : i;
                builder.Append(title, i, close - i + 1);
                i = close + 1;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < title.Length && char.IsLetterOrDigit(title[i]))
                {
                    i++;
                }

                var word = title[start..i];
                // A command's name (\LaTeX) is not a word of the title.
                var isCommand = start > 0 && title[start - 1] == '\\';
                builder.Append(!isCommand && MustKeepCapitals(word) ? $"{{{word}}}" : word);
            }
            else
            {
                builder.Append(Plain(c, title, i));
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary>Any other field's text (names, venues, abstracts): specials escaped, no case protection.</summary>
    public static string Text(string text)
    {
        var balanced = BracesBalance(text);
        var builder = new StringBuilder(text.Length + 8);
        var inMath = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '$' && !IsEscaped(text, i))
            {
                inMath = !inMath;
                builder.Append(c);
            }
            else if (c is '{' or '}' && !balanced)
            {
                builder.Append('\\').Append(c);
            }
            else
            {
                builder.Append(inMath ? c.ToString() : Plain(c, text, i));
            }
        }

        return builder.ToString();
    }

    /// <summary>A plain Unicode text (an abstract read as <see cref="CitationBuilder.PlainAbstract"/>) written so that LaTeX
    /// prints it and Zotero's BibTeX import reads it back as it is: every character TeX or BibTeX would read as markup is
    /// escaped, and the ligatures "--", "``" and "''" are broken with an empty group. A tilde is written \~{}, which LaTeX
    /// prints as a tilde; Zotero reads that as "∼" (U+223C), the nearest it can.</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            builder.Append(c switch
            {
                '\\' => "{\\textbackslash}",
                '{' or '}' or '$' or '%' or '&' or '#' or '_' => $"\\{c}",
                '^' => "{\\textasciicircum}",
                '~' => "\\~{}",
                '-' or '`' or '\'' when i + 1 < text.Length && text[i + 1] == c => $"{c}{{}}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>A capital after the first letter, or a word of capitals and digits: "ViT", "PaLM", "UL2", "DARTS".</summary>
    private static bool MustKeepCapitals(string word)
    {
        var capitals = word.Count(char.IsUpper);
        return capitals > 0 && (word.Skip(1).Any(char.IsUpper) || (word.Length > 1 && word.All(ch => char.IsUpper(ch) || char.IsDigit(ch))));
    }

    private static string Plain(char c, string text, int i) => c switch
    {
        '%' or '&' or '#' or '_' when !IsEscaped(text, i) => $"\\{c}",
        '{' or '}' => $"\\{c}",
        _ => c.ToString(),
    };

    private static bool IsEscaped(string text, int i) => i > 0 && text[i - 1] == '\\';

    private static int FindMathEnd(string text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '$' && !IsEscaped(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static int MatchingBrace(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (IsEscaped(text, i))
            {
                continue;
            }

            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return text.Length - 1;
    }

    private static bool BracesBalance(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEscaped(text, i))
            {
                continue;
            }

            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }
}
