using Catalog.Data.Search;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Search;

/// <summary>"Similar papers" on the ten seeds: pairs a reader of them would expect, and never the paper itself.</summary>
public sealed class SimilarPapersTests(RealCatalogFixture catalog) : IClassFixture<RealCatalogFixture>
{
    private readonly SimilarPapers _similar = new(catalog.Database, new SearchEngines(catalog.Database));

    public static TheoryData<string> PaperIds => [.. PaperMetadataTable.Load().Select(p => p.Id)];

    [Theory]
    [MemberData(nameof(PaperIds))]
    public void APaperIsNeverSimilarToItselfAndEachSimilarPaperSharesWordsOfIt(string id)
    {
        var similar = _similar.For(id, 5);

        Assert.DoesNotContain(similar, s => s.Paper.Id == id);
        Assert.Equal(similar.Count, similar.Select(s => s.Paper.Id).Distinct().Count());
        var paper = catalog.Papers.Get(id)!;
        Assert.All(similar, s =>
        {
            Assert.NotEmpty(s.SharedWords);
            Assert.All(s.SharedWords, word => Assert.Contains(word, paper.Title + " " + paper.AbstractMarkdown, StringComparison.Ordinal));
        });
    }

    [Theory]
    [InlineData("2205.05131", "2210.11399")] // UL2 and U-PaLM, which continues PaLM's training with UL2's mixture of denoisers
    [InlineData("2210.11399", "2205.05131")]
    [InlineData("2302.01327", "2302.05442")] // Dual PatchNorm and ViT-22B: Vision Transformers both
    [InlineData("2210.11416", "2210.11399")] // Flan-PaLM and U-PaLM: both continue PaLM
    public void PapersAReaderWouldPairAreAmongTheFirstTwo(string id, string expected)
    {
        var similar = _similar.For(id, 5);

        Assert.Contains(expected, similar.Take(2).Select(s => s.Paper.Id));
    }

    [Fact]
    public void AnUnknownPaperHasNoSimilarPapers() => Assert.Empty(_similar.For("no-such-paper", 5));
}
