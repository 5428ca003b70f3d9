using YamlDotNet.RepresentationModel;

namespace Catalog.Data.Seeds;

/// <summary>Takes typed values out of a paper's front matter, reporting each missing, empty or mistyped one.</summary>
internal sealed class FrontMatterReader(YamlMappingNode fields, string displayPath, int lineOffset, List<SeedProblem> problems)
{
    private readonly int _frontMatterLine = lineOffset;

    public string? RequiredText(string key)
    {
        if (!TryGet(key, out var node))
        {
            Problem(key, $"missing required key '{key}'");
            return null;
        }

        var text = Scalar(key, node);
        if (text is { Length: 0 })
        {
            Problem(key, $"required key '{key}' is empty");
            return null;
        }

        return text;
    }

    public string? OptionalText(string key)
    {
        if (!TryGet(key, out var node))
        {
            return null;
        }

        var text = Scalar(key, node);
        return string.IsNullOrEmpty(text) ? null : text;
    }

    public string? OptionalUrl(string key)
    {
        var text = OptionalText(key);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            Problem(key, $"{key} '{text}' is not an absolute http or https address");
            return null;
        }

        return text;
    }

    public PaperDate? Date()
    {
        var text = OptionalText("date");
        if (text is null)
        {
            return null;
        }

        if (!PaperDate.TryParse(text, out var date))
        {
            Problem("date", $"invalid date '{text}'; expected YYYY-MM-DD, YYYY-MM or YYYY");
            return null;
        }

        return date;
    }

    public IReadOnlyList<string>? Authors()
    {
        if (!TryGet("authors", out var node))
        {
            Problem("authors", "missing required key 'authors'");
            return null;
        }

        if (node is YamlScalarNode { Value: null or "" })
        {
            Problem("authors", "required key 'authors' is empty; list at least one name");
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Problem("authors", "authors must be a list of names, one '  - Name' line each");
            return null;
        }

        var names = new List<string>();
        foreach (var item in sequence)
        {
            if (item is not YamlScalarNode { Value: { } raw } || AuthorNames.Normalize(raw).Length == 0)
            {
                problems.Add(new(displayPath, Line(item), "each author must be a non-empty name"));
                continue;
            }

            if (raw.Any(IsNotText))
            {
                var odd = (int)raw.First(IsNotText);
                problems.Add(new(displayPath, Line(item), FormattableString.Invariant($"author name holds U+{odd:X4}, which is not a printable character")));
                continue;
            }

            var name = AuthorNames.Normalize(raw);
            if (names.Contains(name, StringComparer.Ordinal))
            {
                problems.Add(new(displayPath, Line(item), $"author '{name}' is listed twice"));
                continue;
            }

            names.Add(name);
        }

        if (sequence.Children.Count == 0)
        {
            Problem("authors", "required key 'authors' is empty; list at least one name");
            return null;
        }

        return names;
    }

    public int LineOf(string key) =>
        fields.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } node ? Line(node) : _frontMatterLine;

    public void Problem(string key, string message) => problems.Add(new(displayPath, LineOf(key), message));

    private string? Scalar(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return scalar.Value?.Trim() ?? "";
        }

        Problem(key, $"{key} must be a single text value, not a {(node is YamlSequenceNode ? "list" : "mapping")}");
        return null;
    }

    // Control characters and the noncharacters U+FFFE and U+FFFF would be stored invisibly in a name, or break its normalisation.
    private static bool IsNotText(char c) => (char.IsControl(c) && !char.IsWhiteSpace(c)) || c is '\uFFFE' or '\uFFFF';

    private bool TryGet(string key, out YamlNode node) =>
        fields.Children.TryGetValue(new YamlScalarNode(key), out node!);

    private int Line(YamlNode node) => (int)node.Start.Line + _frontMatterLine;
}
