using Catalog.Data.Import;
using Catalog.Web.Commands;

namespace Catalog.Web.Tests.Bibliography;

/// <summary>The add command on the ten seeds: new papers are written as seeds-from-records writes them and pass the
/// import's checks; a paper already there is reported, or completed with --update; nothing is written when an entry is
/// bad, unless --keep-going.</summary>
public sealed class AddCommandTests
{
    private const string NewPapers = """
        @inproceedings{vaswani2017attention,
          title = {Attention Is All You Need},
          author = {Vaswani, Ashish and Shazeer, Noam and van Steenkiste, Sjoerd},
          booktitle = {Advances in Neural Information Processing Systems},
          year = {2017}, month = dec,
          abstract = {The dominant sequence transduction models are based on complex recurrent networks.}
        }
        @misc{tay2022ul2again,
          title = {{UL2}: Unifying Language Learning Paradigms},
          author = {Tay, Yi and Dehghani, Mostafa},
          year = {2022}
        }
        @article{vaswani2017again,
          title = {Attention is all you need},
          author = {Vaswani, Ashish},
          journal = {NeurIPS}, year = 2017,
          doi = {10.5555/3295222.3295349}
        }
        """;

    [Fact]
    public async Task NewPapersAreWrittenListedAndPassTheImportsChecks()
    {
        using var work = new AddWorkspace();
        var refs = work.Write("refs.bib", NewPapers);

        Assert.Equal(0, await work.AddAsync(refs));

        var file = File.ReadAllText(Path.Combine(work.Seeds, "papers", "vaswani-2017-attention-is-all.md"));
        Assert.Equal("""
            ---
            id: 'vaswani-2017-attention-is-all'
            title: 'Attention Is All You Need'
            authors:
              - 'Ashish Vaswani'
              - 'Noam Shazeer'
              - 'van Steenkiste, Sjoerd'
            date: '2017-12'
            venue: 'Advances in Neural Information Processing Systems'
            doi: '10.5555/3295222.3295349'
            ---

            The dominant sequence transduction models are based on complex recurrent networks.

            """.Replace("\r\n", "\n", StringComparison.Ordinal), file);
        Assert.EndsWith("- [Attention Is All You Need](papers/vaswani-2017-attention-is-all.md)\n", File.ReadAllText(Path.Combine(work.Seeds, "INDEX.md")), StringComparison.Ordinal);
        Assert.Contains("refs.bib:8: already in the catalog as papers/2205.05131.md (same title and year)", work.Output, StringComparison.Ordinal);
        Assert.Contains("refs.bib:13: the same paper as refs.bib:1 (same title and year); merged into it", work.Output, StringComparison.Ordinal);
        var check = SeedImporter.Check(work.Seeds);
        Assert.True(check.Succeeded);
        Assert.Equal(11, check.Papers);
        Assert.Empty(Directory.EnumerateFiles(work.Seeds, "*.adding", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task APaperAlreadyThereIsReportedByItsArxivIdAndNothingIsWritten()
    {
        using var work = new AddWorkspace();
        var before = work.Snapshot();
        var refs = work.Write("refs.bib", """


            @misc{dehghani2023scaling, title = {Scaling Vision Transformers to 22 Billion Parameters},
              author = {Dehghani, Mostafa}, eprint = {2302.05442v1}, archivePrefix = {arXiv}}
            """);

        Assert.Equal(0, await work.AddAsync(refs));

        Assert.Contains("refs.bib:3: already in the catalog as papers/2302.05442.md (same arXiv id 2302.05442)", work.Output, StringComparison.Ordinal);
        Assert.Equal(before, work.Snapshot());
    }

    [Fact]
    public async Task UpdateFillsOnlyTheFieldsASeedLacksAndListsEachChange()
    {
        using var work = new AddWorkspace();
        var seed = Path.Combine(work.Seeds, "papers", "2208.09529.md");
        var original = File.ReadAllText(seed);
        var refs = work.Write("refs.bib", """
            @article{a, title = {Intersection of Parallels as an Early Stopping Criterion}, author = {Someone, Else},
              doi = {10.48550/arXiv.2208.09529}, pdf = {https://arxiv.org/pdf/2208.09529v1},
              journal = {A journal the seed does not name}, year = 2022}
            """);

        Assert.Equal(0, await work.AddAsync(new AddRequest([refs], work.Seeds) { Update = true, DryRun = true }));
        Assert.Equal(original, File.ReadAllText(seed));
        var planned = work.Output;

        Assert.Equal(0, await work.AddAsync(new AddRequest([refs], work.Seeds) { Update = true }));
        var updated = File.ReadAllText(seed);
        Assert.StartsWith(original[..original.IndexOf("\n---\n", 4, StringComparison.Ordinal)], updated, StringComparison.Ordinal);
        var added = Assert.Single(planned.Split('\n'), l => l.Contains("would add", StringComparison.Ordinal) && l.StartsWith("papers/", StringComparison.Ordinal));
        Assert.Contains(": would add", added, StringComparison.Ordinal);
        foreach (var line in work.Output.Split('\n').Where(l => l.StartsWith("papers/2208.09529.md: adds ", StringComparison.Ordinal)))
        {
            Assert.Contains(line.Replace(": adds ", ": would add ", StringComparison.Ordinal), planned, StringComparison.Ordinal);
        }

        Assert.True(SeedImporter.Check(work.Seeds).Succeeded);
    }

    [Fact]
    public async Task NothingIsWrittenWhenAnEntryIsBadUnlessKeepGoing()
    {
        using var work = new AddWorkspace();
        var before = work.Snapshot();
        var refs = work.Write("refs.bib", """
            @article{good, title = {A Good Paper}, author = {Lovelace, Ada}, year = 1843}
            @article{bad, title = {No authors here}, year = 2020}
            """);

        Assert.Equal(1, await work.AddAsync(refs));
        Assert.Contains("refs.bib:2: entry 'bad' has no authors; a paper needs at least one", work.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written: 1 error in the input", work.Error, StringComparison.Ordinal);
        Assert.Equal(before, work.Snapshot());

        Assert.Equal(1, await work.AddAsync(new AddRequest([refs], work.Seeds) { DryRun = true }));
        Assert.Contains("refs.bib:1: would add papers/lovelace-1843-a-good-paper.md: A Good Paper", work.Output, StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing was written (1 new paper, 0 changed); with 1 error in the input, add would write nothing unless --keep-going.", work.Output, StringComparison.Ordinal);
        Assert.Equal(before, work.Snapshot());

        Assert.Equal(1, await work.AddAsync(new AddRequest([refs], work.Seeds) { KeepGoing = true }));
        Assert.True(File.Exists(Path.Combine(work.Seeds, "papers", "lovelace-1843-a-good-paper.md")));
        Assert.True(SeedImporter.Check(work.Seeds).Succeeded);
    }

    [Fact]
    public async Task APaperTheImportWouldRefuseIsNotWritten()
    {
        using var work = new AddWorkspace();
        var people = Path.Combine(work.Seeds, "people.yaml");
        File.AppendAllText(people, "\n- id: kun-xu-a\n  name: Kun Xu\n\n- id: kun-xu-b\n  name: Kun Xu\n");
        var before = work.Snapshot();
        var refs = work.Write("refs.bib", "@article{a, title = {By a Namesake}, author = {Xu, Kun}, year = 2024}");

        Assert.Equal(1, await work.AddAsync(refs));

        Assert.Contains("refs.bib:1: as papers/xu-2024-by-a-namesake.md: author 'Kun Xu' is claimed by 'kun-xu-a'", work.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written: 1 new paper file would fail the import", work.Error, StringComparison.Ordinal);
        Assert.Equal(before, work.Snapshot());
    }

    [Fact]
    public async Task AFailedRenameLeavesTheFolderAsItWas()
    {
        using var work = new AddWorkspace(withTenSeeds: false);
        // INDEX.md is a folder, so the last rename, the index's, fails after the paper files were renamed into place.
        Directory.CreateDirectory(Path.Combine(work.Seeds, "INDEX.md"));
        Directory.CreateDirectory(Path.Combine(work.Seeds, "papers"));
        var refs = work.Write("refs.bib", "@article{a, title = {Notes}, author = {Lovelace, Ada}, year = 1843}");

        Assert.Equal(1, await work.AddAsync(refs));

        Assert.Contains("seeds:1: nothing was written (what had been renamed into place was undone): ", work.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(work.Seeds, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task IdsNeverCollideWithPapersOrFilesAlreadyThere()
    {
        using var work = new AddWorkspace();
        File.WriteAllText(Path.Combine(work.Seeds, "papers", "lovelace-1843-notes-on-the.md"), "an unlisted file");
        var refs = work.Write("refs.bib", """
            @article{a, title = {Notes on the Analytical Engine}, author = {Lovelace, Ada}, year = 1843}
            @article{b, title = {Notes on the Difference Engine}, author = {Lovelace, Ada}, year = 1843}
            """);

        await work.AddAsync(refs);

        Assert.Contains("adds papers/lovelace-1843-notes-on-the-2.md: Notes on the Analytical Engine", work.Output, StringComparison.Ordinal);
        Assert.Contains("adds papers/lovelace-1843-notes-on-the-3.md: Notes on the Difference Engine", work.Output, StringComparison.Ordinal);
        Assert.Equal("an unlisted file", File.ReadAllText(Path.Combine(work.Seeds, "papers", "lovelace-1843-notes-on-the.md")));
    }

    [Fact]
    public async Task AnEmptyFolderBecomesASeedsFolder()
    {
        using var work = new AddWorkspace(withTenSeeds: false);
        var refs = work.Write("refs.bib", "@article{a, title = {Notes}, author = {Lovelace, Ada}, year = 1843, abstract = {Notes.}}");

        Assert.Equal(0, await work.AddAsync(refs));

        Assert.Equal("# Papers\n\n## Papers\n\n- [Notes](papers/lovelace-1843-notes.md)\n", File.ReadAllText(Path.Combine(work.Seeds, "INDEX.md")));
        Assert.True(SeedImporter.Check(work.Seeds).Succeeded);
    }

    [Fact]
    public async Task NamesNearAPersonAreReportedWithThePeopleYamlLineThatWouldMergeThem()
    {
        using var work = new AddWorkspace();
        var refs = work.Write("refs.bib", """
            @article{a, title = {A New Paper}, author = {Riquelme, C. and Dehghani, M. and Lu{\v{c}}i{\'c}, Mario and Dehghani, Mostafa}, year = 2024}
            """);

        await work.AddAsync(refs);

        Assert.Contains("refs.bib:1: 'C. Riquelme' may be Carlos Riquelme (carlos-riquelme, seeds/people.yaml:10); if so, give that entry the line   variants: [Carlos Riquelme Ruiz, C. Riquelme]", work.Output, StringComparison.Ordinal);
        Assert.Contains("refs.bib:1: 'M. Dehghani' may be Mostafa Dehghani, an author of the catalog; if so, add to people.yaml   - {id: mostafa-dehghani, name: Mostafa Dehghani, variants: [M. Dehghani]}", work.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("'Mostafa Dehghani' may be", work.Output, StringComparison.Ordinal);

        // The line, as printed, is what people.yaml needs: with it the names are one person.
        var people = Path.Combine(work.Seeds, "people.yaml");
        File.WriteAllText(people, File.ReadAllText(people).Replace("  variants: [Carlos Riquelme Ruiz]", "  variants: [Carlos Riquelme Ruiz, C. Riquelme]", StringComparison.Ordinal)
            + "\n- {id: mostafa-dehghani, name: Mostafa Dehghani, variants: [M. Dehghani]}\n");
        var check = SeedImporter.Check(work.Seeds);
        Assert.True(check.Succeeded, string.Join('\n', check.Problems));
        Assert.DoesNotContain(check.Problems, p => p.Message.Contains("Riquelme", StringComparison.Ordinal) || p.Message.Contains("Dehghani", StringComparison.Ordinal));
    }
}
