using Catalog.Web.Commands;

namespace Catalog.Web.Tests.Bibliography;

/// <summary>The check command runs the import's checks and writes no catalog; with --format github its problems are
/// GitHub Actions annotations on the file and line.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void TheTenSeedsPass()
    {
        using var work = new AddWorkspace();
        using var output = new StringWriter();

        Assert.Equal(0, CheckCommand.Run(work.Seeds, github: false, strict: true, output));
        Assert.Equal("10 papers by 105 people (106 name strings): no problems.", output.ToString().Trim());
        Assert.Empty(Directory.EnumerateFiles(work.Folder, "*.db", SearchOption.AllDirectories));
    }

    [Fact]
    public void ProblemsAreAnnotationsOnTheirFileAndLine()
    {
        using var work = new AddWorkspace();
        var paper = Path.Combine(work.Seeds, "papers", "2302.01327.md");
        File.WriteAllText(paper, File.ReadAllText(paper).Replace("date: 2023-02-02", "date: 2023-02-31", StringComparison.Ordinal));
        using var output = new StringWriter();
        Assert.Equal(1, CheckCommand.Run(work.Seeds, github: true, strict: false, output, work.Folder));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("::error file=seeds/papers/2302.01327.md,line=", lines[0], StringComparison.Ordinal);
        Assert.Contains("::", lines[0][10..], StringComparison.Ordinal);
        Assert.Equal("1 error and 0 warnings in " + work.Seeds + ".", lines[^1]);
    }

    [Fact]
    public void WarningsFailOnlyWhenStrict()
    {
        using var work = new AddWorkspace();
        File.WriteAllText(Path.Combine(work.Seeds, "papers", "unlisted.md"), "---\nid: unlisted\n---\n");
        using var output = new StringWriter();

        Assert.Equal(0, CheckCommand.Run(work.Seeds, github: false, strict: false, output));
        Assert.Equal(1, CheckCommand.Run(work.Seeds, github: false, strict: true, output));
        Assert.Contains("seeds/papers/unlisted.md:1: warning: not listed in INDEX.md, so it is not imported", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MessagesAreEscapedForTheAnnotationSyntax() =>
        Assert.Equal("::warning file=a%2Cb%3Ac.md,line=2::50%25 done%0Anext",
            CheckCommand.Annotation(new Catalog.Data.Seeds.SeedProblem("a,b:c.md", 2, "50% done\nnext", Catalog.Data.Seeds.ProblemSeverity.Warning), Directory.GetCurrentDirectory(), Directory.GetCurrentDirectory()));
}
