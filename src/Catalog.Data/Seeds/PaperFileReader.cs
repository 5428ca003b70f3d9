using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using YamlDotNet.RepresentationModel;

namespace Catalog.Data.Seeds;

/// <summary>Reads one paper file: YAML front matter with the paper's metadata, then its abstract as Markdown.</summary>
internal static partial class PaperFileReader
{
    public static readonly string[] KnownKeys = ["id", "title", "authors", "date", "venue", "source", "url", "arxiv", "doi", "pdf", "subjects"];

    /// <summary>The paper of one file, or none, with every problem found in it, even one no check foresaw.</summary>
    public static (SeedPaper? Paper, List<SeedProblem> Problems) Read(string file, string displayPath, SeedFileReader reader, PeopleDirectory people)
    {
        var problems = new List<SeedProblem>();
        try
        {
            var text = reader.ReadText(file, displayPath, SeedFileReader.MaxPaperBytes, problems);
            return (text is null ? null : Parse(text, displayPath, people, problems), problems);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Every problem a seed can have is reported as such; this is the net for one no check foresaw, so that one
            // file can never end an import, or the server that runs it, and the old catalog stays.
            problems.Add(new(displayPath, 1, $"could not be parsed ({ex.GetType().Name}: {ex.Message})"));
            return (null, problems);
        }
    }

    /// <summary>A paper file's text, not yet on disk, read as the importer will read it: the problems it would have.</summary>
    public static (SeedPaper? Paper, List<SeedProblem> Problems) ReadText(string text, string displayPath, PeopleDirectory people)
    {
        var problems = new List<SeedProblem>();
        return (Parse(text, displayPath, people, problems), problems);
    }

    private static SeedPaper? Parse(string text, string displayPath, PeopleDirectory people, List<SeedProblem> problems)
    {
        var errorsBefore = problems.Count(p => p.IsError);
        if (!text.StartsWith("---", StringComparison.Ordinal))
        {
            problems.Add(new(displayPath, 1, "expected YAML front matter: a first line '---', the keys, then a closing '---'"));
            return null;
        }

        var refused = TextCharacters.FirstRefused(text);
        if (refused >= 0)
        {
            problems.Add(new(displayPath, LineAt(text, refused), $"the file holds {TextCharacters.Describe(text[refused])}; remove it"));
            return null;
        }

        if (MarkdownDocument(text, displayPath, problems) is not { } frontMatter)
        {
            return null;
        }

        // YamlDotNet counts lines from the first line of the YAML; the file's first YAML line is the one after '---'.
        var lineOffset = frontMatter.Line + 1;
        var root = SeedYaml.Load(frontMatter.Lines.ToString(), displayPath, lineOffset, problems);
        if (root is not YamlMappingNode fields)
        {
            if (root is not null || problems.Count(p => p.IsError) == errorsBefore)
            {
                problems.Add(new(displayPath, lineOffset + 1, "front matter must be YAML keys and values, e.g. 'title: My paper'"));
            }

            return null;
        }

        var reader = new FrontMatterReader(fields, displayPath, lineOffset, problems, lineOffset);
        reader.CheckKeys(KnownKeys);
        var id = reader.RequiredText("id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            reader.Problem("id", $"id '{id}' may only hold letters, digits, '.', '_' and '-' (at most 128), since it is the paper's URL");
        }

        var title = reader.RequiredText("title");
        var authors = reader.Authors(people);
        var date = reader.Date();
        var venue = reader.OptionalText("venue");
        var source = reader.OptionalText("source");
        var url = reader.OptionalUrl("url");
        var arxiv = reader.OptionalText("arxiv");
        var doi = reader.Doi();
        var pdf = reader.OptionalUrl("pdf");
        var subjects = reader.TextList("subjects");

        var body = text[Math.Min(text.Length, frontMatter.Span.End + 1)..].Trim();
        if (body.Length == 0)
        {
            problems.Add(new(displayPath, LineAt(text, Math.Min(text.Length, frontMatter.Span.End + 1)),
                "the paper has no abstract; it will be listed without one", ProblemSeverity.Warning));
        }

        if (problems.Count(p => p.IsError) > errorsBefore || id is null || title is null || authors is null)
        {
            return null;
        }

        return new SeedPaper(id, title, authors, date, venue, source, url, arxiv, body, displayPath, reader.LineOf("id"))
        {
            Doi = doi,
            Pdf = pdf,
            Subjects = subjects ?? [],
        };
    }

    /// <summary>The file's front matter block, parsed with the abstract by the pipeline that renders it, so an abstract
    /// the page could not render never reaches the catalog. Markdig refuses Markdown nested deeper than it can handle
    /// (a few hundred '>' or '[', a list hundreds of levels deep) with an exception, which becomes a problem here.</summary>
    private static YamlFrontMatterBlock? MarkdownDocument(string text, string displayPath, List<SeedProblem> problems)
    {
        try
        {
            var frontMatter = Markdown.Parse(text, AbstractRenderer.Pipeline).OfType<YamlFrontMatterBlock>().FirstOrDefault();
            if (frontMatter is null)
            {
                problems.Add(new(displayPath, 1, "front matter is not closed; expected a line '---' after the keys"));
            }

            return frontMatter;
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            problems.Add(new(displayPath, MostNestedLine(text),
                "the Markdown nests too deep (quotes, lists, brackets or a table many levels deep); a reader could not be shown it"));
            return null;
        }
    }

    /// <summary>The line with the longest run of the characters that nest Markdown, where a reader should look.</summary>
    private static int MostNestedLine(string text)
    {
        var lines = text.Split('\n');
        var best = (Line: 1, Run: 0);
        for (var i = 0; i < lines.Length; i++)
        {
            var run = 0;
            var longest = 0;
            foreach (var c in lines[i])
            {
                run = c is '>' or '[' or '(' or '*' or '_' or '-' or '|' or ' ' ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }

            if (longest > best.Run)
            {
                best = (i + 1, longest);
            }
        }

        return best.Line;
    }

    private static int LineAt(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex IdPattern();
}
