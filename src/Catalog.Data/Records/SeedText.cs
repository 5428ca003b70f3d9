using System.Text;

namespace Catalog.Data.Records;

/// <summary>Cleans record text and writes it safely into seed files: YAML values, Markdown inline text and the abstract.</summary>
internal static class SeedText
{
    private const string MarkdownSpecials = "\\`*_[]<>&#";

    /// <summary>A single-line value: every run of white space, line breaks included, becomes one space; characters that
    /// YAML may not hold (control characters, unpaired surrogates, U+FFFE and U+FFFF) are dropped.</summary>
    public static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var length = PrintableLength(text, i);
            if (length == 0)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(text, i, length);
            i += length - 1;
        }

        return builder.ToString();
    }

    /// <summary>A block of text such as an abstract: line breaks become '\n', other control characters and unprintable
    /// characters are dropped, and the ends are trimmed, as the importer trims the body.</summary>
    public static string Block(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c is '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                builder.Append('\n');
            }
            else if (c == '\t')
            {
                builder.Append(c);
            }
            else if (PrintableLength(text, i) is var length and > 0)
            {
                builder.Append(text, i, length);
                i += length - 1;
            }
        }

        return builder.ToString().Trim();
    }

    /// <summary>A YAML single-quoted scalar: nothing inside is syntax except the quote, which is doubled.</summary>
    public static string YamlQuoted(string oneLine) => $"'{oneLine.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>Markdown inline text that reads back as exactly <paramref name="oneLine"/>: each character that could
    /// start a link, emphasis, code, HTML, an entity or a heading's closing marks is backslash-escaped.</summary>
    public static string MarkdownInline(string oneLine)
    {
        var builder = new StringBuilder(oneLine.Length + 8);
        foreach (var c in oneLine)
        {
            if (MarkdownSpecials.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>A paragraph of inline text: also escapes a first character that would start a list, a quote or a heading.</summary>
    public static string MarkdownParagraph(string oneLine)
    {
        var text = MarkdownInline(oneLine);
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < text.Length && text[digits] is '.' or ')')
        {
            return string.Concat(text.AsSpan(0, digits), "\\", text.AsSpan(digits));
        }

        return text.Length > 0 && text[0] is '-' or '+' or '=' ? "\\" + text : text;
    }

    /// <summary>How many chars the printable character at <paramref name="i"/> takes: 2 for a surrogate pair, 1 for
    /// another printable character, 0 for one YAML may not hold or that carries nothing (a BOM inside text).</summary>
    private static int PrintableLength(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 0;
        }

        return char.IsSurrogate(c) || char.IsControl(c) || c is '\uFFFE' or '\uFFFF' or '\uFEFF' ? 0 : 1;
    }
}
