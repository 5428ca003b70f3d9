using System.Buffers;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Catalog.Data.Seeds;

/// <summary>Reads one paper file: YAML front matter with the paper's metadata, then its abstract as Markdown.</summary>
internal static partial class PaperFileParser
{
    public static readonly string[] KnownKeys = ["id", "title", "authors", "date", "venue", "source", "url", "arxiv"];

    /// <summary>Front matter needs two levels (the keys, and the author list); YamlDotNet's loader recurses once per level,
    /// so a file of a few hundred thousand nested brackets would overflow the stack and end the process.</summary>
    public const int MaxYamlNesting = 32;

    private static readonly SearchValues<char> s_nestingIndicators = SearchValues.Create("[{-:?");

    public static SeedPaper? Parse(string text, string displayPath, List<SeedProblem> problems)
    {
        var errorsBefore = problems.Count(p => p.IsError);
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            problems.Add(new(displayPath, 1, "expected YAML front matter: a first line '---', the keys, then a closing '---'"));
            return null;
        }

        var document = Markdown.Parse(text, AbstractRenderer.Pipeline);
        var frontMatter = document.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        if (frontMatter is null)
        {
            problems.Add(new(displayPath, 1, "front matter is not closed; expected a line '---' after the keys"));
            return null;
        }

        // YamlDotNet counts lines from the first line of the YAML; the file's first YAML line is the one after '---'.
        var lineOffset = frontMatter.Line + 1;
        var fields = ReadMapping(frontMatter.Lines.ToString(), displayPath, lineOffset, problems);
        if (fields is null)
        {
            return null;
        }

        var reader = new FrontMatterReader(fields, displayPath, frontMatter.Line + 1, problems);
        var id = reader.RequiredText("id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            reader.Problem("id", $"id '{id}' may only hold letters, digits, '.', '_' and '-' (at most 128), since it is the paper's URL");
        }

        var title = reader.RequiredText("title");
        var authors = reader.Authors();
        var date = reader.Date();
        var venue = reader.OptionalText("venue");
        var source = reader.OptionalText("source");
        var url = reader.OptionalUrl("url");
        var arxiv = reader.OptionalText("arxiv");

        var body = text[Math.Min(text.Length, frontMatter.Span.End + 1)..].Trim();
        if (body.Length == 0)
        {
            problems.Add(new(displayPath, text.AsSpan(0, Math.Min(text.Length, frontMatter.Span.End + 1)).Count('\n') + 1,
                "the paper has no abstract; it will be listed without one", ProblemSeverity.Warning));
        }

        if (problems.Count(p => p.IsError) > errorsBefore || id is null || title is null || authors is null)
        {
            return null;
        }

        return new SeedPaper(id, title, authors, date, venue, source, url, arxiv,
            body, displayPath, reader.LineOf("id"));
    }

    private static YamlMappingNode? ReadMapping(string yaml, string displayPath, int lineOffset, List<SeedProblem> problems)
    {
        try
        {
            if (MayNestDeeply(yaml) && TooDeep(yaml) is { } deep)
            {
                problems.Add(new(displayPath, (int)deep.Line + lineOffset, $"malformed YAML: nested more than {MaxYamlNesting} levels deep"));
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                problems.Add(new(displayPath, lineOffset + 1, "front matter must be YAML keys and values, e.g. 'title: My paper'"));
                return null;
            }

            foreach (var key in mapping.Children.Keys)
            {
                var name = (key as YamlScalarNode)?.Value ?? "";
                if (!KnownKeys.Contains(name))
                {
                    var suggestion = Suggest(name);
                    problems.Add(new(displayPath, (int)key.Start.Line + lineOffset,
                        $"unknown key '{name}'" + (suggestion is null
                            ? $"; expected one of {string.Join(", ", KnownKeys)}"
                            : $" (did you mean '{suggestion}'?)")));
                }
            }

            return mapping;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            problems.Add(new(displayPath, (int)ex.Start.Line + lineOffset, $"malformed YAML: {message}"));
            return null;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // YamlDotNet throws these, with no position, on some malformed flow collections and documents (found by
            // SeedFileProperties): the file is reported, not the exception.
            problems.Add(new(displayPath, lineOffset + 1, "malformed YAML: the front matter cannot be read as YAML; check its brackets, braces, quotes and any stray '...', '---' or '%' lines"));
            return null;
        }
    }

    /// <summary>Each level of YAML nesting needs one of these indicators, so front matter with fewer of them cannot nest
    /// too deep, and the second pass over the YAML is spared for nearly every file.</summary>
    private static bool MayNestDeeply(string yaml)
    {
        var rest = yaml.AsSpan();
        for (var count = 0; count <= MaxYamlNesting; count++)
        {
            var next = rest.IndexOfAny(s_nestingIndicators);
            if (next < 0)
            {
                return false;
            }

            rest = rest[(next + 1)..];
        }

        return true;
    }

    /// <summary>Where the YAML nests too deep, found by the parser's events, which keep their own stack.</summary>
    private static Mark? TooDeep(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            if (parser.Current is MappingStart or SequenceStart && ++depth > MaxYamlNesting)
            {
                return parser.Current.Start;
            }

            if (parser.Current is MappingEnd or SequenceEnd)
            {
                depth--;
            }
        }

        return null;
    }

    private static string? Suggest(string key) =>
        KnownKeys.Select(k => (Key: k, Distance: EditDistance.Between(k, key.ToLowerInvariant())))
            .Where(x => x.Distance <= Math.Max(1, x.Key.Length / 3))
            .OrderBy(x => x.Distance)
            .Select(x => x.Key)
            .FirstOrDefault();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex IdPattern();
}
