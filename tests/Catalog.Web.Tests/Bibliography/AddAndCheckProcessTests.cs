using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Bibliography;

/// <summary>add and check as a person runs them: the built app in a process of its own, its exit code and what it printed.</summary>
public sealed class AddAndCheckProcessTests
{
    [Fact]
    public async Task Add_then_check_exit_0_and_a_bad_file_exits_1_with_its_line()
    {
        using var work = new AddWorkspace();
        var good = Path.Combine(work.Folder, work.Write("good.bib", "@article{a, title = {Notes}, author = {Lovelace, Ada}, year = 1843, abstract = {Notes.}}"));
        var bad = Path.Combine(work.Folder, work.Write("bad.ris", "TY  - JOUR\nTI  - No authors\nER  - \n"));

        var added = await AppCommand.RunAsync("add", good, "--seeds", work.Seeds);
        Assert.True(added.ExitCode == 0, added.Error);
        Assert.Contains("adds papers/lovelace-1843-notes.md: Notes", added.Output, StringComparison.Ordinal);

        var checkedSeeds = await AppCommand.RunAsync("check", "--seeds", work.Seeds, "--format", "github", "--strict");
        Assert.True(checkedSeeds.ExitCode == 0, checkedSeeds.Output + checkedSeeds.Error);
        Assert.Equal("11 papers by 106 people (107 name strings): no problems.", checkedSeeds.Output.Trim());

        var refused = await AppCommand.RunAsync("add", bad, "--seeds", work.Seeds);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{bad}:1: the entry has no authors; a paper needs at least one", refused.Error, StringComparison.Ordinal);
    }
}
