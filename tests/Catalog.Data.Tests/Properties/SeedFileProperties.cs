using System.Text;
using Catalog.Data.Import;
using Catalog.Data.Tests.Infrastructure;
using CsCheck;

namespace Catalog.Data.Tests.Properties;

/// <summary>One seeds folder, rewritten by each sample in turn (so one thread). Whatever a seed file holds, random bytes or YAML and Markdown built from the syntax that upsets parsers, the
/// import answers with problems a person can act on, each naming a file and a line, and never with an exception.</summary>
public sealed class SeedFileProperties : IDisposable
{
    private static readonly string[] s_keys = ["id", "title", "authors", "date", "venue", "url", "arxiv", "source", "doi", "pdf", "subjects", "authers", "", "id"];

    private static readonly string[] s_yaml =
    [
        "'x'", "\"y\"", "[a, b]", "{a: b}", "- a", "&anchor x", "*anchor", "!!binary AAAA", "|", ">", "'unclosed", "\"\\u0000\"", "~", "null",
        "2023-02-30", "2023-13", "99999", "-1", ": :", "? x", "%YAML 1.2", "---", "...", "\t", "#", "@", "`", "{{x}}", "'$\\Lambda$'",
        "[", "]", "{", "}", ",", "\u202E", "日本語", "\uFEFF", "'a''b'", "[[[[[[[[[[", "x: y: z",
    ];

    private static readonly string[] s_markdown =
    [
        "text", "**bold", "_em_", "[link](javascript:alert(1))", "![img](https://tracker.example/p.gif)", "<script>", "<!--", "```", "    code",
        "# heading", "> quote", "| a | b |", "\\", "$x$", "$$", "&amp;", "&#0;", "\u0000", "[^1]", "***", "- [ ] task", "<http://a>",
    ];

    private static readonly Gen<string> s_yamlFile = Gen.Select(
        Gen.Select(Gen.Int[0, s_keys.Length - 1], Gen.Int[0, s_yaml.Length - 1].Array[0, 4], Gen.Int[0, 3])
            .Select((key, values, indent) => new string(' ', indent) + s_keys[key] + ": " + string.Join(' ', values.Select(v => s_yaml[v])))
            .Array[0, 12],
        Gen.Int[0, s_markdown.Length - 1].Array[0, 30],
        Gen.Bool,
        (lines, body, closed) => "---\n" + string.Join('\n', lines) + (closed ? "\n---\n\n" : "\n") + string.Join(' ', body.Select(b => s_markdown[b])));

    private readonly TempSeeds _seeds = TempSeeds.Generated("seeds", [("random", "")]);

    [Fact]
    public void Random_bytes_as_a_paper_file_give_problems_with_a_file_and_a_line() =>
        Gen.Byte.Array[0, 3000].Sample(bytes =>
        {
            _seeds.WriteBytes("papers/random.md", bytes);
            AssertProblemsNameAFileAndALine(SeedImporter.Import(_seeds.Dir, _seeds.DbPath));
        }, iter: 150, threads: 1);

    [Fact]
    public void Random_yaml_and_markdown_as_a_paper_file_give_problems_with_a_file_and_a_line() =>
        s_yamlFile.Sample(text =>
        {
            _seeds.Write("papers/random.md", text);
            AssertProblemsNameAFileAndALine(SeedImporter.Import(_seeds.Dir, _seeds.DbPath));
        }, iter: 300, threads: 1);

    [Fact]
    public void Random_bytes_as_the_index_give_problems_with_a_file_and_a_line() =>
        Gen.Byte.Array[0, 2000].Sample(bytes =>
        {
            _seeds.WriteBytes("INDEX.md", Encoding.UTF8.GetBytes("# Random\n\n- [random](papers/random.md)\n").Concat(bytes).ToArray());
            _seeds.Write("papers/random.md", "---\nid: 'random'\ntitle: 'Random'\nauthors: ['A B']\n---\n\nText.\n");
            AssertProblemsNameAFileAndALine(SeedImporter.Import(_seeds.Dir, _seeds.DbPath));
        }, iter: 100, threads: 1);

    public void Dispose() => _seeds.Dispose();

    private static void AssertProblemsNameAFileAndALine(ImportResult result)
    {
        Assert.True(result.Succeeded || result.Errors.Any(), "a failed import names at least one error");
        foreach (var problem in result.Problems)
        {
            Assert.True(problem.Line >= 1, problem.ToString());
            Assert.True(problem.Path.EndsWith(".md", StringComparison.Ordinal) || problem.Path.EndsWith(".db", StringComparison.Ordinal), problem.ToString());
            Assert.StartsWith($"{problem.Path}:{problem.Line}: ", problem.ToString(), StringComparison.Ordinal);
        }
    }
}
