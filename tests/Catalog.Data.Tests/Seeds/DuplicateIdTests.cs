using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

public sealed class DuplicateIdTests
{
    [Fact]
    public void DuplicateIdsAcrossFilesAreReportedOnEachLaterIdLineWithTheFirstUse()
    {
        var result = ProblemList.ReadFixture("duplicate-ids");

        Assert.Null(result.Catalog);
        Assert.Equal(
            [
                "duplicate-ids/papers/second.md:3: duplicate id 'Dual-PatchNorm'; duplicate-ids/papers/first.md:2 already uses it",
                "duplicate-ids/papers/third.md:2: duplicate id 'dual-patchnorm'; duplicate-ids/papers/first.md:2 already uses it",
            ],
            ProblemList.Of(result));
    }

    [Fact]
    public void ADuplicateIdFailsTheImport()
    {
        using var seeds = TempSeeds.FromFixture("duplicate-ids");

        var result = seeds.Import();

        Assert.False(result.Succeeded);
        Assert.Equal(2, result.Errors.Count());
        Assert.False(File.Exists(seeds.DbPath));
    }
}
