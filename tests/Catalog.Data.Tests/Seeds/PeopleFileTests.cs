using Catalog.Data.Model;
using Catalog.Data.Queries;
using Catalog.Data.Seeds;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Seeds;

/// <summary>people.yaml: who is behind each printed name. Namesakes are two people, spellings one person.</summary>
public sealed class PeopleFileTests
{
    [Fact]
    public void NamesakesOnOnePaperAreTwoPeopleAndTwoSpellingsOnePerson()
    {
        using var seeds = TempSeeds.FromFixture("namesakes");

        var result = seeds.Import();

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var papers = new PaperQueries(seeds.Database());
        var kernels = papers.Get("kernels")!;
        Assert.Equal([("Kun Xu", "kun-xu-tsinghua"), ("Yansong Feng", "yansong-feng"), ("Kun Xu", "kun-xu-peking")],
            kernels.Authors.Select(a => (a.Name, a.Slug)));
        var mixtures = papers.Get("mixtures")!;
        Assert.Equal([("Carlos Riquelme Ruiz", "carlos-riquelme", "Riquelme Ruiz"), ("Yansong Feng", "yansong-feng", "Feng"), ("Carlos Riquelme", "carlos-riquelme", "Riquelme")],
            mixtures.Authors.Select(a => (a.Name, a.Slug, a.Family!)));
        Assert.Equal((4, 4), (result.Authors, result.Names));
    }

    [Fact]
    public void APersonsPageCountsEachPaperOnceAndListsTheOtherSpellingsWithTheirCounts()
    {
        using var seeds = TempSeeds.FromFixture("namesakes");
        Assert.True(seeds.Import().Succeeded);
        var authors = new AuthorQueries(seeds.Database());

        var carlos = authors.Get("carlos-riquelme")!;
        var peking = authors.Get("kun-xu-peking")!;
        var tsinghua = authors.Get("kun-xu-tsinghua")!;

        Assert.Equal(["mixtures"], carlos.Papers.Select(p => p.Id));
        Assert.Equal([new NameVariant("Carlos Riquelme Ruiz", 1)], carlos.Variants);
        Assert.Equal([new CoAuthor("Yansong Feng", "yansong-feng", 1)], carlos.CoAuthors);
        Assert.Equal(["kernels", "spelling"], peking.Papers.Select(p => p.Id));
        Assert.Equal([("Yansong Feng", 2L), ("Kun Xu", 1L)], peking.CoAuthors.Select(c => (c.Name, c.SharedPapers)));
        Assert.Equal("kun-xu-tsinghua", peking.CoAuthors[1].Slug);
        Assert.Equal("0000-0002-1825-0097", tsinghua.Orcid);
        Assert.Null(peking.Orcid);
        Assert.Equal("carlos-riquelme", authors.MovedTo("carlos-riquelme-ruiz"));
        Assert.Null(authors.MovedTo("kun-xu"));
    }

    [Fact]
    public void EveryProblemOfPeopleYamlAndOfPersonReferencesIsReportedOnItsLine()
    {
        var result = ProblemList.ReadFixture("people-problems");

        Assert.Null(result.Catalog);
        Assert.Equal(
        [
            "people-problems/papers/ambiguous.md:5: author 'Kun Xu' is claimed by 'kun-xu-tsinghua' (people-problems/people.yaml:1) and 'kun-xu-peking' (people-problems/people.yaml:5) in people.yaml; say which person this is with {name: Kun Xu, person: <id>}",
            "people-problems/papers/unknown.md:5: unknown person 'yansong-feng'; add it to people.yaml or leave 'person:' out",
            "people-problems/papers/unknown.md:6: unknown person 'kun-xu-pekin'; did you mean 'kun-xu-peking'?",
            "people-problems/papers/unknown.md:7: unknown key 'persn' (did you mean 'person'?)",
            "people-problems/papers/unknown.md:7: missing required key 'person'",
            "people-problems/people.yaml:10: '0000-0002-1825-0098' is not a valid ORCID iD; expected four groups of four digits such as 0000-0002-1825-0097, the last one a checksum (0-9 or X)",
            "people-problems/people.yaml:12: duplicate person id 'kun-xu-peking'; line 5 already uses it",
            "people-problems/people.yaml:15: person id 'Kun_Xu' may only hold lower-case letters, digits and single '-' between them (at most 100), since it is the person's URL",
            "people-problems/people.yaml:18: missing required key 'name'",
            "people-problems/people.yaml:22: unknown key 'affiliation'; expected one of id, name, variants, orcid, family",
        ], ProblemList.Of(result));
    }

    [Fact]
    public void MalformedYamlInPeopleYamlIsReportedWithItsLine()
    {
        var result = ProblemList.ReadFixture("people-malformed");

        Assert.Null(result.Catalog);
        var problem = Assert.Single(ProblemList.Of(result));
        Assert.Equal("people-malformed/people.yaml:3: malformed YAML: a list or mapping in [ ] or { } is not closed", problem);
    }

    [Fact]
    public void AFolderWithoutPeopleYamlMakesEachNameAPersonOfItsOwn()
    {
        using var seeds = TempSeeds.FromFixture("good");

        var result = seeds.Import();

        Assert.True(result.Succeeded);
        Assert.Equal(result.Names, result.Authors);
    }

    [Fact]
    public void PeopleNoPaperIsByAndSpellingsNoPaperPrintsAreWarnings()
    {
        using var seeds = TempSeeds.FromFixture("good");
        seeds.Write("people.yaml", "- id: hedy\n  name: Hedy Lamarr\n- id: ada\n  name: Ada Lovelace\n  variants: [Ada King]\n");

        var result = seeds.Read();

        Assert.False(result.HasErrors);
        Assert.Equal(["good/people.yaml:1: warning: person 'hedy' is on no paper of the catalog", "good/people.yaml:3: warning: no paper prints 'Ada King', a spelling of 'ada'"],
            ProblemList.Of(result));
    }

    [Theory]
    [InlineData("0000-0002-1825-0097", true)]
    [InlineData("0000-0001-5109-3700", true)]
    [InlineData("0000-0002-1694-233X", true)]
    [InlineData("0000-0002-1694-2339", false)]
    [InlineData("0000-0002-1825-009", false)]
    [InlineData("https://orcid.org/0000-0002-1825-0097", false)]
    public void OrcidChecksumsAreChecked(string id, bool valid) => Assert.Equal(valid, Orcid.IsValid(id));
}
