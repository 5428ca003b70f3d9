using System.Text;
using Catalog.Data.Seeds;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

/// <summary>Large files are generated at test time; none is committed.</summary>
public sealed class FileSizeTests
{
    [Fact]
    public void AFileOverOneMebibyteIsReportedOnItsFirstLineAndNotRead()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.WriteBytes("papers/merge.md", PaperOfSize(SeedFileReader.MaxPaperBytes + 1));

        var result = seeds.Read();

        Assert.Null(result.Catalog);
        Assert.Equal(["good/papers/merge.md:1: file is 1.0 MiB; this file may be at most 1 MiB"], ProblemList.Of(result));
    }

    [Fact]
    public void TheReportedSizeIsTheFilesSize()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.WriteBytes("papers/merge.md", PaperOfSize(3 * 1024 * 1024 + 512 * 1024));

        var result = seeds.Read();

        Assert.Equal(["good/papers/merge.md:1: file is 3.5 MiB; this file may be at most 1 MiB"], ProblemList.Of(result));
    }

    [Fact]
    public void AFileOfExactlyOneMebibyteIsImported()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.WriteBytes("papers/merge.md", PaperOfSize(SeedFileReader.MaxPaperBytes));

        var result = seeds.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(3, result.Papers);
    }

    [Fact]
    public void AnIndexOverOneMebibyteIsReadSinceItListsEveryPaper()
    {
        using var seeds = TempSeeds.FromFixture("good");
        var index = seeds.ReadText("INDEX.md");
        seeds.Write("INDEX.md", index.Replace("Three small papers", string.Concat(Enumerable.Repeat("Three small papers ", 120_000)), StringComparison.Ordinal));

        var result = seeds.Import();

        Assert.True(new FileInfo(seeds.PathOf("INDEX.md")).Length > 2 * SeedFileReader.MaxPaperBytes);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }

    /// <summary>A valid paper file of exactly <paramref name="size"/> bytes, its abstract padded with words.</summary>
    private static byte[] PaperOfSize(long size)
    {
        var head = "---\nid: merge\ntitle: Sorting by Merging\nauthors:\n  - John von Neumann\n---\n\n";
        var text = new StringBuilder(head, (int)size);
        while (text.Length < size - 1)
        {
            text.Append(text.Length % 80 == 0 ? '\n' : text.Length % 8 == 0 ? ' ' : 'm');
        }

        text.Append('\n');
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        Assert.Equal(size, bytes.Length);
        return bytes;
    }
}
