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

    private static void Key(StringBuilder text, string key, string? value)
    {
        if (value is not null)
        {
            text.Append(key).Append(": ").Append(SeedText.YamlQuoted(value)).Append('\n');
        }
    }
}
