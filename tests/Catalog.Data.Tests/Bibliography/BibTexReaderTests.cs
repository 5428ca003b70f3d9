using Catalog.Data.Bibliography;
using Catalog.Data.Seeds;

namespace Catalog.Data.Tests.Bibliography;

/// <summary>The fields of BibTeX and biblatex entries, and every problem with its line.</summary>
public sealed class BibTexReaderTests
{
    private static BibliographyRead Read(string text, BibliographyOptions? options = null) =>
        BibTexReader.Read(text.Replace("\r\n", "\n", StringComparison.Ordinal), "refs.bib", options ?? new BibliographyOptions());

    [Fact]
    public void ArxivsOwnEntryGivesEveryField()
    {
        var read = Read("""
            @misc{dehghani2023scaling,
                  title={Scaling Vision Transformers to 22 Billion Parameters},
                  author={Mostafa Dehghani and Josip Djolonga and Basil Mustafa},
                  year={2023},
                  eprint={2302.05442},
                  archivePrefix={arXiv},
                  primaryClass={cs.CV},
                  url={https://arxiv.org/abs/2302.05442},
            }
            """);
        Assert.Empty(read.Problems);
        var paper = Assert.Single(read.Papers);
        Assert.Equal("Scaling Vision Transformers to 22 Billion Parameters", paper.Title);
        Assert.Equal(["Mostafa Dehghani", "Josip Djolonga", "Basil Mustafa"], paper.Authors.Select(a => a.Name));
        Assert.Equal(new PaperDate(2023, null, null), paper.Date);
        Assert.Equal("2302.05442", paper.Arxiv);
        Assert.Equal(["cs.CV"], paper.Subjects);
        Assert.Equal("https://arxiv.org/abs/2302.05442", paper.Url);
        Assert.Equal(1, paper.Line);
    }

    [Fact]
    public void StringMacrosConcatenationAndMonthsWork()
    {
        var read = Read("""
            @string{icml = "International Conference on Machine Learning"}
            @STRING(pre = {Proceedings of the })
            @preamble{"\newcommand{\noop}[1]{}"}
            @comment{ anything {at all} }
            Text outside entries is a comment.
            @InProceedings{a,
              author = "M. Dehghani",
              title = "Universal " # {{T}ransformers},
              booktitle = pre # icml # " 2019",
              year = 2019, month = jul, day = {14},
              doi = {https://doi.org/10.5555/ABC.123},
            }
            """);
        Assert.Equal([], read.Problems.Select(p => p.ToString()));
        var paper = Assert.Single(read.Papers);
        Assert.Equal("Universal Transformers", paper.Title);
        Assert.Equal("Proceedings of the International Conference on Machine Learning 2019", paper.Venue);
        Assert.Equal(new PaperDate(2019, 7, 14), paper.Date);
        Assert.Equal("10.5555/ABC.123", paper.Doi);
        Assert.Equal(6, paper.Line);
    }

    [Fact]
    public void BiblatexDatesKeepTheirPrecision()
    {
        var read = Read("""
            @article{a, author = {A. B}, title = {T}, date = {2023-02-10}, journaltitle = {TMLR}}
            @article{b, author = {A. B}, title = {T2}, date = {2022-08}, eprinttype = {arxiv}, eprint = {2208.09529v2}}
            """);
        Assert.Equal([new PaperDate(2023, 2, 10), new PaperDate(2022, 8, null)], read.Papers.Select(p => p.Date));
        Assert.Equal("TMLR", read.Papers[0].Venue);
        Assert.Equal("2208.09529", read.Papers[1].Arxiv);
    }

    [Fact]
    public void ArxivIdsAreFoundInDoisAddressesAndGoogleScholarsJournal()
    {
        var read = Read("""
            @article{a, author = {A. B}, title = {One}, journal = {arXiv preprint arXiv:2205.05131}, year = {2022}}
            @misc{b, author = {A. B}, title = {Two}, doi = {10.48550/ARXIV.2210.11416}}
            @misc{c, author = {A. B}, title = {Three}, url = {http://arxiv.org/pdf/2210.11399v2.pdf}}
            """);
        Assert.Equal(["2205.05131", "2210.11416", "2210.11399"], read.Papers.Select(p => p.Arxiv));
        Assert.Equal("http://arxiv.org/pdf/2210.11399v2.pdf", read.Papers[2].Pdf);
    }

    [Fact]
    public void KeywordsBecomeSubjectsOnlyWhenAsked()
    {
        const string Text = "@article{a, author = {A. B}, title = {T}, keywords = {vision, scaling; transformers}}";
        Assert.Empty(Read(Text).Papers[0].Subjects);
        Assert.Equal(["vision", "scaling", "transformers"], Read(Text, new BibliographyOptions { Keywords = true }).Papers[0].Subjects);
    }

    [Fact]
    public void AbstractsKeepParagraphsAndMath()
    {
        var read = Read("""
            @article{a, author = {A. B}, title = {T}, abstract = {We show that
               $O(n^2)$ is {enough}.

               A second paragraph.}}
            """);
        Assert.Equal("We show that $O(n^2)$ is enough.\n\nA second paragraph.", read.Papers[0].Abstract);
    }

    [Fact]
    public void EveryProblemHasItsLineAndOneBrokenEntryCostsOnlyItself()
    {
        var read = Read("""
            @article{good1, author = {A. B}, title = {Fine}}
            @article{open, author = {A. B}, title = {Never {closed}
            @article{notitle, author = {A. B}, year = {2020}}
            @article{noauthor, title = {Nobody}}
            @article{baddate, author = {A. B}, title = {T}, year = {circa 2020}}
            @article{badmonth, author = {A. B}, title = {T}, year = 2020, month = {Brumaire}}
            @article{macro, author = {A. B}, title = {T}, journal = undefinedmacro}
            @article{twice, author = {A. B}, title = {T}, title = {U}}
            @article{good2, author = {A. B}, title = {Also fine}}
            """);
        Assert.Equal(
        [
            "refs.bib:2: a '{' opened here is not closed before the entry at line 3",
            "refs.bib:3: entry 'notitle' has no title; a paper needs one",
            "refs.bib:4: entry 'noauthor' has no authors; a paper needs at least one",
            "refs.bib:5: warning: entry 'baddate': year 'circa 2020' cannot be read as a four-digit year; the paper has no date",
            "refs.bib:6: warning: entry 'badmonth': month 'Brumaire' cannot be read; only the year is kept",
            "refs.bib:7: warning: 'undefinedmacro' is not a defined @string macro; read as empty (a value in braces, {undefinedmacro}, is text)",
            "refs.bib:8: warning: entry 'twice' has a second 'title' field; the first is kept",
        ], read.Problems.Select(p => p.ToString()));
        Assert.Equal(["good1", "baddate", "badmonth", "macro", "twice", "good2"], read.Papers.Select(p => p.Key));
    }

    [Fact]
    public void DeepNestingIsAProblemNotACrash()
    {
        var deep = new string('{', 10_000) + "x" + new string('}', 10_000);
        var read = Read($"@article{{a, author = {{A. B}},\n title = {deep}}}\n@article{{b, author = {{A. B}}, title = {{Fine}}}}");
        Assert.Equal("refs.bib:2: braces nested more than 32 deep", read.Problems[0].ToString());
        Assert.Equal("b", Assert.Single(read.Papers).Key);
    }

    [Fact]
    public void OrganisationsAndEtAlAreRead()
    {
        var read = Read("@article{a, author = {{Google DeepMind} and Smith, J. and others}, title = {Gemini}}");
        Assert.Equal(["Google DeepMind", "J. Smith"], read.Papers[0].Authors.Select(a => a.Name));
        Assert.Contains("ends its authors with 'and others'", read.Problems[0].Message, StringComparison.Ordinal);
    }
}
