using System.Text;

namespace Catalog.Data.Bibliography;

/// <summary>Reads BibTeX's TeX as the Unicode text it prints: accents (<c>{\"o}</c>, <c>\v{c}</c>, <c>\'{\i}</c>) and
/// special letters (<c>{\aa}</c>, <c>\ss</c>) become letters, <c>--</c> and <c>---</c> dashes, <c>\&amp;</c> and the other
/// escaped specials their character, styling commands (<c>\emph</c>, <c>\textbf</c>) their argument; case-protecting
/// braces are dropped. Math (<c>$...$</c>) is kept as TeX, as the seeds keep it, for KaTeX. A command it does not know is
/// kept as written, so nothing is lost silently.</summary>
public static class TexToUnicode
{
    private static readonly Dictionary<string, char> s_accents = new(StringComparer.Ordinal)
    {
        ["`"] = '\u0300', ["'"] = '\u0301', ["^"] = '\u0302', ["~"] = '\u0303', ["="] = '\u0304', ["u"] = '\u0306',
        ["."] = '\u0307', ["\""] = '\u0308', ["r"] = '\u030A', ["H"] = '\u030B', ["v"] = '\u030C', ["d"] = '\u0323',
        ["c"] = '\u0327', ["k"] = '\u0328', ["b"] = '\u0331', ["t"] = '\u0361',
    };

    private static readonly Dictionary<string, string> s_symbols = new(StringComparer.Ordinal)
    {
        ["aa"] = "å", ["AA"] = "Å", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["o"] = "ø", ["O"] = "Ø",
        ["ss"] = "ß", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð", ["th"] = "þ",
        ["TH"] = "Þ", ["ng"] = "ŋ", ["NG"] = "Ŋ", ["dj"] = "đ", ["DJ"] = "Đ",
        ["textendash"] = "–", ["textemdash"] = "—", ["textquoteleft"] = "‘", ["textquoteright"] = "’",
        ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["guillemotleft"] = "«", ["guillemotright"] = "»",
        ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…", ["textregistered"] = "®", ["texttrademark"] = "™",
        ["copyright"] = "©", ["textcopyright"] = "©", ["S"] = "§", ["P"] = "¶", ["textdegree"] = "°", ["dag"] = "†",
        ["ddag"] = "‡", ["pounds"] = "£", ["texteuro"] = "€", ["euro"] = "€", ["textbullet"] = "•",
        ["textbackslash"] = "\\", ["textasciicircum"] = "^", ["textasciitilde"] = "~", ["textunderscore"] = "_",
        ["textbar"] = "|", ["textless"] = "<", ["textgreater"] = ">", ["textperiodcentered"] = "·",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["BibTeX"] = "BibTeX", ["LaTeXe"] = "LaTeX2ε",
        ["&"] = "&", ["%"] = "%", ["$"] = "$", ["#"] = "#", ["_"] = "_", ["{"] = "{", ["}"] = "}",
        [" "] = " ", ["\\"] = " ", [","] = " ", [";"] = " ", [":"] = " ", ["!"] = "", ["-"] = "", ["/"] = "", ["@"] = "",
        ["quad"] = " ", ["qquad"] = " ", ["space"] = " ", ["par"] = "\n\n", ["newline"] = " ",
    };

    // Commands that only style their argument or what follows them: the text is what a reader sees.
    private static readonly HashSet<string> s_styles = new(StringComparer.Ordinal)
    {
        "emph", "textit", "textbf", "texttt", "textsc", "textrm", "textsf", "textup", "textmd", "textnormal", "textsl",
        "mbox", "hbox", "url", "em", "it", "bf", "sc", "rm", "tt", "sf", "sl", "upshape", "itshape", "bfseries", "scshape",
        "normalfont", "NoCaseChange", "nocase", "protect", "relax", "small", "footnotesize", "large", "Large", "tiny",
        "uppercase", "lowercase", "MakeUppercase", "MakeLowercase", "ensuremath",
    };

    public static string Convert(string tex)
    {
        var builder = new StringBuilder(tex.Length);
        Append(builder, tex, 0, tex.Length);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static void Append(StringBuilder builder, string tex, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = tex[i];
            switch (c)
            {
                case '$':
                    i = AppendMath(builder, tex, i, end);
                    break;
                case '\\':
                    i = AppendCommand(builder, tex, i, end);
                    break;
                case '{' or '}':
                    i++;
                    break;
                case '~':
                    builder.Append(' ');
                    i++;
                    break;
                case '-' when i + 1 < end && tex[i + 1] == '-':
                    var triple = i + 2 < end && tex[i + 2] == '-';
                    builder.Append(triple ? '—' : '–');
                    i += triple ? 3 : 2;
                    break;
                case '`' when i + 1 < end && tex[i + 1] == '`':
                    builder.Append('“');
                    i += 2;
                    break;
                case '\'' when i + 1 < end && tex[i + 1] == '\'':
                    builder.Append('”');
                    i += 2;
                    break;
                default:
                    builder.Append(c);
                    i++;
                    break;
            }
        }
    }

    /// <summary>Inline math is kept as written, braces and commands included; an unclosed '$' is a dollar sign.</summary>
    private static int AppendMath(StringBuilder builder, string tex, int i, int end)
    {
        var delimiter = i + 1 < end && tex[i + 1] == '$' ? 2 : 1;
        for (var j = i + delimiter; j < end; j++)
        {
            if (tex[j] == '\\')
            {
                j++;
                continue;
            }

            if (tex[j] == '$')
            {
                var close = j + delimiter <= end ? j + delimiter : end;
                builder.Append(tex, i, close - i);
                return close;
            }
        }

        builder.Append('$');
        return i + 1;
    }

    private static int AppendCommand(StringBuilder builder, string tex, int i, int end)
    {
        if (i + 1 >= end)
        {
            builder.Append('\\');
            return end;
        }

        var nameStart = i + 1;
        var nameEnd = nameStart;
        if (char.IsAsciiLetter(tex[nameStart]))
        {
            while (nameEnd < end && char.IsAsciiLetter(tex[nameEnd]))
            {
                nameEnd++;
            }
        }
        else
        {
            nameEnd = nameStart + 1;
        }

        var name = tex[nameStart..nameEnd];
        var isWord = char.IsAsciiLetter(name[0]);
        var next = nameEnd;
        if (isWord)
        {
            // A control word ends at the first non-letter; the spaces after it only end it.
            while (next < end && tex[next] is ' ' or '\t' or '\n' or '\r')
            {
                next++;
            }
        }

        if (s_accents.TryGetValue(name, out var mark))
        {
            return AppendAccent(builder, tex, next, end, mark, name);
        }

        if (s_symbols.TryGetValue(name, out var symbol))
        {
            builder.Append(symbol);
            return next;
        }

        if (s_styles.Contains(name))
        {
            return next;
        }

        if (name == "href" && next < end && tex[next] == '{')
        {
            // \href{address}{text}: the text is what is printed.
            return SkipGroup(tex, next, end);
        }

        builder.Append('\\').Append(name);
        return nameEnd;
    }

    /// <summary>An accent on the next letter or group: <c>\"o</c>, <c>\"{o}</c>, <c>\'{\i}</c>; on nothing
    /// (<c>\~{}</c>) it is the accent character itself.</summary>
    private static int AppendAccent(StringBuilder builder, string tex, int i, int end, char mark, string name)
    {
        string argument;
        int after;
        if (i < end && tex[i] == '{')
        {
            after = SkipGroup(tex, i, end);
            argument = Convert(tex[(i + 1)..Math.Max(i + 1, after - 1)]);
        }
        else if (i < end && tex[i] == '\\')
        {
            var inner = new StringBuilder();
            after = AppendCommand(inner, tex, i, end);
            argument = inner.ToString();
        }
        else if (i < end && !char.IsWhiteSpace(tex[i]))
        {
            after = i + (char.IsHighSurrogate(tex[i]) && i + 1 < end ? 2 : 1);
            argument = tex[i..after];
        }
        else
        {
            after = i;
            argument = "";
        }

        if (argument.Length == 0)
        {
            builder.Append(name.Length == 1 && !char.IsAsciiLetter(name[0]) ? name : "");
            return after;
        }

        var first = argument[0] switch { 'ı' => 'i', 'ȷ' => 'j', var other => other };
        builder.Append(first).Append(mark).Append(argument, 1, argument.Length - 1);
        return after;
    }

    /// <summary>The index after the group that opens at <paramref name="open"/> (or the end when it does not close).</summary>
    internal static int SkipGroup(string tex, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            if (tex[i] == '\\')
            {
                i++;
                continue;
            }

            depth += tex[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return i + 1;
            }
        }

        return end;
    }
}
