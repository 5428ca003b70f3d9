using System.Text;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

/// <summary>Files with invalid UTF-8 are written at test time, so that no tool on the way (git, an editor) can mend them.</summary>
public sealed class FileEncodingTests
{
    public static TheoryData<string, byte[]> InvalidSequences => new()
    {
        { "a byte that never occurs in UTF-8", [0xFF] },
        { "a Latin-1 e-acute", [0xE9, 0x74] },
        { "an overlong slash", [0xC0, 0xAF] },
        { "an encoded surrogate", [0xED, 0xA0, 0x80] },
        { "a code point above U+10FFFF", [0xF4, 0x90, 0x80, 0x80] },
        { "a lone continuation byte", [0x80] },
        { "a sequence cut short", [0xE2, 0x82, 0x20] },
    };

    [Theory]
    [MemberData(nameof(InvalidSequences))]
    public void InvalidUtf8IsReportedOnItsLineWithTheByteOffset(string what, byte[] sequence)
    {
        Assert.NotEmpty(what);
        using var seeds = TempSeeds.FromFixture("good");
        var (bytes, offset) = Insert(seeds.ReadText("papers/compiler.md"), "Education", sequence);
        seeds.WriteBytes("papers/compiler.md", bytes);

        var result = seeds.Read();

        Assert.Null(result.Catalog);
        Assert.Equal([$"good/papers/compiler.md:3: invalid UTF-8 at byte {offset + 1}; save the file as UTF-8"], ProblemList.Of(result));
    }

    [Fact]
    public void InvalidUtf8InIndexMdIsReportedToo()
    {
        using var seeds = TempSeeds.FromFixture("good");
        var (bytes, offset) = Insert(seeds.ReadText("INDEX.md"), "Compilers", [0xFF]);
        seeds.WriteBytes("INDEX.md", bytes);

        var result = seeds.Read();

        Assert.Equal([$"good/INDEX.md:8: invalid UTF-8 at byte {offset + 1}; save the file as UTF-8"], ProblemList.Of(result));
    }

    [Fact]
    public void TheByteOffsetCountsTheByteOrderMark()
    {
        using var seeds = TempSeeds.FromFixture("good");
        var (bytes, offset) = Insert("\uFEFF" + seeds.ReadText("papers/compiler.md"), "Education", [0xFF]);
        seeds.WriteBytes("papers/compiler.md", bytes);

        var result = seeds.Read();

        Assert.Equal([$"good/papers/compiler.md:3: invalid UTF-8 at byte {offset + 1}; save the file as UTF-8"], ProblemList.Of(result));
    }

    [Fact]
    public void AByteOrderMarkIsAccepted()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.WriteBytes("papers/compiler.md", [.. Encoding.UTF8.Preamble, .. File.ReadAllBytes(seeds.PathOf("papers/compiler.md"))]);
        seeds.WriteBytes("INDEX.md", [.. Encoding.UTF8.Preamble, .. File.ReadAllBytes(seeds.PathOf("INDEX.md"))]);

        var result = seeds.Read();

        Assert.Empty(result.Problems);
        Assert.Equal("The Education of a Computer", result.Catalog!.Papers.Single(p => p.Id == "compiler").Title);
        Assert.Equal("A good catalog", result.Catalog.Name);
    }

    [Fact]
    public void AFileWithInvalidUtf8FailsTheImport()
    {
        using var seeds = TempSeeds.FromFixture("good");
        var (bytes, _) = Insert(seeds.ReadText("papers/merge.md"), "Merge sort", [0xFF]);
        seeds.WriteBytes("papers/merge.md", bytes);

        var result = seeds.Import();

        Assert.False(result.Succeeded);
        Assert.False(File.Exists(seeds.DbPath));
    }

    /// <summary>The text as UTF-8 with <paramref name="sequence"/> put before <paramref name="before"/>, and the sequence's offset.</summary>
    private static (byte[] Bytes, int Offset) Insert(string text, string before, byte[] sequence)
    {
        var at = text.IndexOf(before, StringComparison.Ordinal);
        Assert.True(at >= 0);
        var head = Encoding.UTF8.GetBytes(text[..at]);
        return ([.. head, .. sequence, .. Encoding.UTF8.GetBytes(text[at..])], head.Length);
    }
}
