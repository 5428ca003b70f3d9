using Catalog.Data.Text;
using YamlDotNet.RepresentationModel;

namespace Catalog.Data.Seeds;

/// <summary>Takes typed values out of a YAML mapping (a paper's front matter, or one person of people.yaml), reporting
/// each missing, empty, mistyped or unknown one at its line.</summary>
/// <param name="fields">The mapping.</param>
/// <param name="displayPath">The file, as problems name it.</param>
/// <param name="lineOffset">Added to YamlDotNet's lines to give the file's.</param>
/// <param name="problems">Where problems are added.</param>
/// <param name="ownLine">The line a missing key is reported at: the mapping's first line.</param>
internal sealed class FrontMatterReader(YamlMappingNode fields, string displayPath, int lineOffset, List<SeedProblem> problems, int ownLine)
{
    /// <summary>Reports every key that is not one of <paramref name="known"/>, with the nearest known one.</summary>
    public void CheckKeys(string[] known)
    {
        foreach (var key in fields.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name, StringComparer.Ordinal))
            {
                var suggestion = Suggest(name, known);
                problems.Add(new(displayPath, Line(key),
                    $"unknown key '{name}'" + (suggestion is null ? $"; expected one of {string.Join(", ", known)}" : $" (did you mean '{suggestion}'?)")));
            }
        }
    }

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

    /// <summary>A DOI as the registries write it, "10.1145/3292500.3330701", without a resolver's address in front.</summary>
    public string? Doi()
    {
        var text = OptionalText("doi");
        if (text is not null && !Seeds.Doi.IsValid(text))
        {
            var hint = text.Contains("doi.org/", StringComparison.OrdinalIgnoreCase) ? "; write it without the https://doi.org/ in front" : "";
            Problem("doi", $"doi '{text}' is not a DOI; expected 10.<registrant>/<suffix>, e.g. 10.18653/v1/2023.acl-long.1{hint}");
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

    /// <summary>An optional list of non-empty texts, in order; one listed twice is kept once, with a warning.</summary>
    public List<string>? TextList(string key)
    {
        if (!TryGet(key, out var node) || node is YamlScalarNode { Value: null or "" })
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Problem(key, $"{key} must be a list, one '  - value' line each, or [a, b]");
            return null;
        }

        var values = new List<string>();
        foreach (var item in sequence)
        {
            var text = item is YamlScalarNode scalar ? Checked(key, scalar) : null;
            if (string.IsNullOrEmpty(text))
            {
                problems.Add(new(displayPath, Line(item), $"each of {key} must be a non-empty text"));
            }
            else if (values.Contains(text, StringComparer.Ordinal))
            {
                problems.Add(new(displayPath, Line(item), $"'{text}' is listed twice in {key}; kept once", ProblemSeverity.Warning));
            }
            else
            {
                values.Add(text);
            }
        }

        return values;
    }

    /// <summary>The paper's author slots in order: each a name as printed, or {name: ..., person: id}.</summary>
    public IReadOnlyList<SeedAuthor>? Authors(PeopleDirectory people)
    {
        if (!TryGet("authors", out var node))
        {
            Problem("authors", "missing required key 'authors'");
            return null;
        }

        if (node is YamlScalarNode { Value: null or "" } || node is YamlSequenceNode { Children.Count: 0 })
        {
            Problem("authors", "required key 'authors' is empty; list at least one name");
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            Problem("authors", "authors must be a list of names, one '  - Name' line each");
            return null;
        }

        var authors = new List<SeedAuthor>();
        foreach (var item in sequence)
        {
            if (Author(item, people) is { } author)
            {
                if (authors.FirstOrDefault(a => a.Name == author.Name && a.Person == author.Person) is { } same)
                {
                    problems.Add(new(displayPath, author.Line,
                        $"author '{author.Name}' is listed twice (also line {same.Line}); kept as two author slots of one person. If they are two people, say which each is with {{name: {author.Name}, person: <id>}}",
                        ProblemSeverity.Warning));
                }

                authors.Add(author);
            }
        }

        return authors;
    }

    public int LineOf(string key) =>
        fields.Children.Keys.FirstOrDefault(k => k is YamlScalarNode s && s.Value == key) is { } node ? Line(node) : ownLine;

    public void Problem(string key, string message) => problems.Add(new(displayPath, LineOf(key), message));

    private SeedAuthor? Author(YamlNode item, PeopleDirectory people)
    {
        var line = Line(item);
        var problemsBefore = problems.Count;
        var (name, person) = item switch
        {
            YamlScalarNode scalar => (Checked("authors", scalar), null),
            YamlMappingNode mapping => AssignedAuthor(mapping, line),
            _ => (null, null),
        };
        if (problems.Count > problemsBefore)
        {
            return null;
        }

        var (normalized, family) = name is null ? ("", null) : AuthorNames.Parse(name);
        if (normalized.Length == 0)
        {
            problems.Add(new(displayPath, line, item is YamlSequenceNode
                ? "each author must be a name, or {name: ..., person: ...}, not a list"
                : "each author must be a non-empty name"));
            return null;
        }

        if (person is not null)
        {
            if (people.Find(person) is null)
            {
                var suggestion = people.Suggest(person);
                problems.Add(new(displayPath, line, $"unknown person '{person}'; " + (suggestion is null
                    ? $"add it to {PeopleFileReader.FileName} or leave 'person:' out"
                    : $"did you mean '{suggestion}'?")));
                return null;
            }

            return new SeedAuthor(normalized, person, line) { Family = family };
        }

        var claimant = people.Claimant(normalized, displayPath, line, problems);
        return problems.Count > problemsBefore ? null : new SeedAuthor(normalized, claimant, line) { Family = family };
    }

    private (string? Name, string? Person) AssignedAuthor(YamlMappingNode mapping, int line)
    {
        var entry = new FrontMatterReader(mapping, displayPath, lineOffset, problems, line);
        entry.CheckKeys(["name", "person"]);
        return (entry.RequiredText("name"), entry.RequiredText("person"));
    }

    private string? Scalar(string key, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return Checked(key, scalar);
        }

        Problem(key, $"{key} must be a single text value, not a {(node is YamlSequenceNode ? "list" : "mapping")}");
        return null;
    }

    /// <summary>The scalar's trimmed text, or null when it holds a character seeds may not (YAML escapes such as "\0"
    /// can write one that the file itself does not hold).</summary>
    private string? Checked(string key, YamlScalarNode scalar)
    {
        var text = scalar.Value?.Trim() ?? "";
        var refused = TextCharacters.FirstRefused(text);
        if (refused >= 0)
        {
            problems.Add(new(displayPath, Line(scalar), $"{key} holds {TextCharacters.Describe(text[refused])}"));
            return null;
        }

        return text;
    }

    private static string? Suggest(string key, string[] known) =>
        known.Select(k => (Key: k, Distance: EditDistance.Between(k, key.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(1, x.Key.Length / 3))
            .OrderBy(x => x.Distance)
            .Select(x => x.Key)
            .FirstOrDefault();

    private bool TryGet(string key, out YamlNode node) =>
        fields.Children.TryGetValue(new YamlScalarNode(key), out node!);

    private int Line(YamlNode node) => SeedYaml.LineOf(node, lineOffset);
}
