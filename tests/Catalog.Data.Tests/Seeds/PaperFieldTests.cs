using Catalog.Data.Queries;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

/// <summary>The optional doi, pdf and subjects keys: checked on their lines, stored, and given back in order.</summary>
public sealed class PaperFieldTests
{
    [Fact]
    public void EachMistakeInDoiPdfAndSubjectsIsReportedOnItsLine()
    {
        var result = ProblemList.ReadFixture("paper-fields");

        Assert.Null(result.Catalog);
        Assert.Equal(
        [
            "paper-fields/papers/not-a-doi.md:6: doi '11.1145/x' is not a DOI; expected 10.<registrant>/<suffix>, e.g. 10.18653/v1/2023.acl-long.1",
            "paper-fields/papers/not-a-doi.md:7: warning: 'cs.CL' is listed twice in subjects; kept once",
            "paper-fields/papers/not-a-doi.md:7: each of subjects must be a non-empty text",
            "paper-fields/papers/resolver.md:6: doi 'https://doi.org/10.1145/3292500.3330701' is not a DOI; expected 10.<registrant>/<suffix>, e.g. 10.18653/v1/2023.acl-long.1; write it without the https://doi.org/ in front",
            "paper-fields/papers/resolver.md:7: pdf 'ftp://example.org/paper.pdf' is not an absolute http or https address",
            "paper-fields/papers/subjects-text.md:6: subjects must be a list, one '  - value' line each, or [a, b]",
        ], ProblemList.Of(result));
    }

    [Fact]
    public void DoiPdfAndSubjectsAreStoredAndGivenBackInOrder()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Replace("papers/merge.md", "date: 1945\n", "date: 1945\ndoi: 10.1000/xyz123\npdf: https://example.org/merge.pdf\nsubjects:\n  - cs.DS\n  - math.CO\n");

        Assert.True(seeds.Import().Succeeded);
        var paper = new PaperQueries(seeds.Database()).Get("merge")!;

        Assert.Equal(("10.1000/xyz123", "https://example.org/merge.pdf"), (paper.Doi, paper.Pdf));
        Assert.Equal(["cs.DS", "math.CO"], paper.Subjects);
    }
}
