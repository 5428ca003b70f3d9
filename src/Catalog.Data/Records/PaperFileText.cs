using System.Text;

namespace Catalog.Data.Records;

/// <summary>The text of a paper file: YAML front matter with the seed keys, each value single-quoted, then the abstract
/// as the Markdown body. Single quotes make every value plain text to YAML, TeX such as <c>$\Lambda$</c> included.</summary>
internal static class PaperFileText
{
    public static string Of(PaperRecord record)
    {
        var text = new StringBuilder(256 + record.Abstract.Length + (record.Authors.Count * 24));
        text.Append("---\n");
        Key(text, "id", record.Id);
        Key(text, "title", record.Title);
        text.Append("authors:\n");
        foreach (var author in record.Authors)
        {
            text.Append("  - ").Append(SeedText.YamlQuoted(author)).Append('\n');
        }

        Key(text, "date", record.Date?.ToString());
        Key(text, "venue", record.Venue);
        Key(text, "source", record.Source);
        Key(text, "url", record.Url);
        Key(text, "arxiv", record.Arxiv);
        Key(text, "doi", record.Doi);
        Key(text, "pdf", record.Pdf);
        if (record.Subjects.Count > 0)
        {
            text.Append("subjects:\n");
            foreach (var subject in record.Subjects)
            {
                text.Append("  - ").Append(SeedText.YamlQuoted(subject)).Append('\n');
            }
        }
        text.Append("---\n");
        if (record.Abstract.Length > 0)
        {
            text.Append('\n').Append(record.Abstract).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A paper file with keys it lacks added at the end of its front matter, and an abstract when its body is
    /// empty; everything already in it stays exactly as it was. <paramref name="additions"/> are (key, value) pairs;
    /// a value of "subjects" is a list, one subject a line.</summary>
    public static string Fill(string fileText, IReadOnlyList<(string Key, IReadOnlyList<string> Values)> additions, string? abstractText)
    {
        var newline = fileText.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var close = ClosingFence(fileText);
        var lines = new StringBuilder();
        foreach (var (key, values) in additions)
        {
            if (key == "subjects")
            {
                lines.Append("subjects:").Append(newline);
                foreach (var value in values)
                {
                    lines.Append("  - ").Append(SeedText.YamlQuoted(value)).Append(newline);
                }
            }
            else
            {
                lines.Append(key).Append(": ").Append(SeedText.YamlQuoted(values[0])).Append(newline);
            }
        }

        var text = fileText.Insert(close, lines.ToString());
        if (abstractText is { Length: > 0 })
        {
            text = text.TrimEnd() + newline + newline + abstractText.Replace("\n", newline, StringComparison.Ordinal) + newline;
        }

        return text;
    }

    /// <summary>Where the front matter's closing '---' line starts.</summary>
    private static int ClosingFence(string fileText)
    {
        var at = fileText.IndexOf('\n', StringComparison.Ordinal) + 1;
        while (at > 0 && at < fileText.Length)
        {
            var end = fileText.IndexOf('\n', at);
            var line = (end < 0 ? fileText[at..] : fileText[at..end]).TrimEnd('\r');
            if (line.TrimEnd() == "---")
            {
                return at;
            }

            at = end < 0 ? fileText.Length : end + 1;
        }

        throw new InvalidDataException("the paper file has no closing '---' after its front matter");
    }

    private static void Key(StringBuilder text, string key, string? value)
    {
        if (value is not null)
        {
            text.Append(key).Append(": ").Append(SeedText.YamlQuoted(value)).Append('\n');
        }
    }
}
