using System.Diagnostics;
using System.Security.Cryptography;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

/// <summary>Seed files that once crashed, hung or silently cut the import. Each now gives a path:line problem in
/// bounded time, and the catalog imported before stays byte for byte as it was.</summary>
public sealed class HostileSeedFileTests
{
    /// <summary>Generous: each case takes milliseconds; the bound only turns a hang into a failure.</summary>
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(30);

    public static TheoryData<string> Cases => [.. s_cases.Keys];

    private static readonly Dictionary<string, (Action<TempSeeds> Break, string Problem)> s_cases = new()
    {
        ["quotes nested 300 deep"] = (s => Abstract(s, new string('>', 300) + " deep"),
            "good/papers/merge.md:10: the Markdown nests too deep (quotes, lists, brackets or a table many levels deep); a reader could not be shown it"),
        ["100,000 open brackets"] = (s => Abstract(s, new string('[', 100_000)),
            "good/papers/merge.md:10: the Markdown nests too deep (quotes, lists, brackets or a table many levels deep); a reader could not be shown it"),
        ["a list 700 levels deep"] = (s => Abstract(s, string.Concat(Enumerable.Range(0, 700).Select(i => new string(' ', i * 2) + "- item\n"))),
            "good/papers/merge.md:709: the Markdown nests too deep (quotes, lists, brackets or a table many levels deep); a reader could not be shown it"),
        ["a link to /dev/zero"] = (s => Link(s, "papers/merge.md", "/dev/zero"),
            "good/INDEX.md:9: link 'papers/merge.md' is a link to '/dev/zero', outside the seeds folder; seed files must be inside it"),
        ["a link to a valid paper outside the folder"] = (s => LinkOutside(s, "papers/merge.md"),
            "good/INDEX.md:9: link 'papers/merge.md' is a link to '{outside}', outside the seeds folder; seed files must be inside it"),
        ["a folder that links outside"] = (LinkFolderOutside,
            "good/INDEX.md:7: link 'papers/engine.md' is a link to '{outside}', outside the seeds folder; seed files must be inside it"),
        ["a named pipe"] = (s => Pipe(s, "papers/merge.md"),
            "good/papers/merge.md:1: file is empty or not a regular file (a pipe or a device); expected a text file"),
        ["people.yaml as a named pipe"] = (s => Pipe(s, "people.yaml"),
            "good/people.yaml:1: file is empty or not a regular file (a pipe or a device); expected a text file"),
        ["people.yaml linking to /dev/zero"] = (s => Link(s, "people.yaml", "/dev/zero"),
            "good/people.yaml:1: file cannot be read: it is a link to '/dev/zero', outside the seeds folder; seed files must be inside it"),
        ["YAML anchors used as keys"] = (BillionLaughs,
            "good/papers/merge.md:8: YAML anchors and aliases (&name, *name) are not allowed in seed files; write the value out"),
        ["a NUL in the abstract"] = (s => Abstract(s, "Before\0after the NUL."),
            "good/papers/merge.md:10: the file holds U+0000 (a NUL), which is not text; remove it"),
        ["an escape in the title"] = (s => s.Replace("papers/merge.md", "title: Sorting by Merging", "title: Sorting \u001B[31mby Merging"),
            "good/papers/merge.md:3: the file holds U+001B (an escape), which is not text; remove it"),
        ["a search mark in the title"] = (s => s.Replace("papers/merge.md", "title: Sorting by Merging", "title: \"Sorting \\x02by\\x03 Merging\""),
            "good/papers/merge.md:3: title holds U+0002, which is not text"),
        ["an unclosed flow list"] = (s => s.Replace("papers/merge.md", "date: 1945\n", "date: 1945\nsubjects: [cs.DS\nvenue: x\n"),
            "good/papers/merge.md:8: malformed YAML: a list or mapping in [ ] or { } is not closed"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EachGivesItsProblemInBoundedTimeAndKeepsThePreviousCatalog(string name)
    {
        using var seeds = TempSeeds.FromFixture("good");
        Assert.True(seeds.Import().Succeeded);
        var before = SHA256.HashData(File.ReadAllBytes(seeds.DbPath));
        var (breakSeeds, problem) = s_cases[name];
        breakSeeds(seeds);

        var result = await Task.Run(seeds.Import).WaitAsync(s_bound);

        Assert.False(result.Succeeded);
        Assert.Contains(problem.Replace("{outside}", Path.Combine(seeds.Parent, "outside.md"), StringComparison.Ordinal), ProblemList.Of(result));
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(seeds.DbPath)));
    }

    [Fact]
    public void ALinkToAFileInsideTheFolderIsFollowed()
    {
        using var seeds = TempSeeds.FromFixture("good");
        File.Move(seeds.PathOf("papers/merge.md"), seeds.PathOf("merge-original.md"));
        File.CreateSymbolicLink(seeds.PathOf("papers/merge.md"), "../merge-original.md");
        seeds.Replace("INDEX.md", "(papers/merge.md)", "(papers/merge.md)\n- [Original](merge-original.md)");

        var result = seeds.Read();

        Assert.Contains("good/INDEX.md:10: 'merge-original.md' is listed twice (first on line 9)", ProblemList.Of(result));
    }

    private static void Abstract(TempSeeds seeds, string text) =>
        seeds.Replace("papers/merge.md", "Merge sort splits a list in halves, sorts each half and merges them.", text);

    private static void Link(TempSeeds seeds, string relative, string target)
    {
        File.Delete(seeds.PathOf(relative));
        File.CreateSymbolicLink(seeds.PathOf(relative), target);
    }

    private static void LinkOutside(TempSeeds seeds, string relative)
    {
        var outside = Path.Combine(seeds.Parent, "outside.md");
        File.Move(seeds.PathOf(relative), outside);
        File.CreateSymbolicLink(seeds.PathOf(relative), outside);
    }

    private static void LinkFolderOutside(TempSeeds seeds)
    {
        var outside = Path.Combine(seeds.Parent, "elsewhere");
        Directory.Move(seeds.PathOf("papers"), outside);
        Directory.CreateSymbolicLink(seeds.PathOf("papers"), outside);
        File.Move(Path.Combine(outside, "engine.md"), Path.Combine(seeds.Parent, "outside.md"));
        File.CreateSymbolicLink(Path.Combine(outside, "engine.md"), Path.Combine(seeds.Parent, "outside.md"));
    }

    private static void Pipe(TempSeeds seeds, string relative)
    {
        File.Delete(seeds.PathOf(relative));
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [seeds.PathOf(relative)]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Nine anchors, each a list of the one before used ten times as keys: a kilobyte that YamlDotNet would
    /// hash into ten to the ninth nodes.</summary>
    private static void BillionLaughs(TempSeeds seeds)
    {
        var yaml = new System.Text.StringBuilder("a0: &z0 [x]\n");
        for (var i = 1; i <= 9; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &z{i} {{ ");
            yaml.AppendJoin(", ", Enumerable.Range(0, 10).Select(j => $"? *z{i - 1} : {j}"));
            yaml.Append(" }\n");
        }

        seeds.Replace("papers/merge.md", "date: 1945\n", "date: 1945\n" + yaml);
    }
}
