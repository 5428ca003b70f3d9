using System.Diagnostics;
using System.Text;
using Catalog.Data.Bibliography;
using CsCheck;

namespace Catalog.Data.Tests.Properties;

/// <summary>Whatever a bibliography file holds, random bytes or text built from the syntax of BibTeX and RIS, reading it
/// gives papers and problems, each problem on a line of the file, never an exception, and quickly.</summary>
public sealed class BibliographyProperties
{
    private static readonly BibliographyOptions s_options = new() { Keywords = true };

    private static readonly string[] s_bibtex =
    [
        "@article{", "@misc(", "@string{", "@comment{", "@preamble{", "@", "key,", "title", "author", "year", "month", "date",
        "eprint", "archivePrefix", "doi", "url", "abstract", "keywords", " = ", "=", "{", "}", "(", ")", "\"", "#", ",", " and ",
        "jan", "2023", "2023-02-31", "\\\"o", "\\v{c}", "{\\aa}", "\\", "$", "$x$", "--", "~", "\\&", "%", "\n", "\r\n", " ", "\t",
        "Dehghani, Mostafa", "van Steenkiste", "{Barnes and Noble}", "others", "Jr", "arXiv:2302.05442", "10.48550/arXiv.1",
        "\u0000", "\uFEFF", "日本語", "\u202E", "{{{{{{{{", "}}}}}}}}",
    ];

    private static readonly string[] s_ris =
    [
        "TY  - JOUR", "TY  - ", "ER  - ", "ER  -", "TI  - ", "T1  - ", "AU  - ", "A1  - ", "PY  - ", "DA  - ", "Y1  - ", "T2  - ",
        "DO  - ", "UR  - ", "L1  - ", "KW  - ", "AB  - ", "XX  - ", "ty  - ", "TY - ", "Title", "Dehghani, Mostafa", "2023/02/10/",
        "2023///", "2023/13/40/", "10.1/x", "https://arxiv.org/abs/2302.05442", "\n", "\r\n", " ", "\u0000", "é",
    ];

    [Fact]
    public void Random_bytes_give_problems_with_a_line_and_never_an_exception()
    {
        foreach (var extension in (string[])[".bib", ".ris", ".json", ".atom"])
        {
            Gen.Byte.Array[0, 2000].Sample(bytes => AssertProblemsHaveLines(bytes, extension), iter: 200);
        }
    }

    [Fact]
    public void Random_bibtex_like_text_gives_problems_with_a_line_and_never_an_exception() =>
        Gen.Int[0, s_bibtex.Length - 1].Array[0, 200]
            .Select(parts => string.Concat(parts.Select(p => s_bibtex[p])))
            .Sample(text => AssertProblemsHaveLines(Encoding.UTF8.GetBytes(text), ".bib"), iter: 2000);

    [Fact]
    public void Random_ris_like_text_gives_problems_with_a_line_and_never_an_exception() =>
        Gen.Int[0, s_ris.Length - 1].Array[0, 120]
            .Select(parts => string.Concat(parts.Select(p => s_ris[p])))
            .Sample(text => AssertProblemsHaveLines(Encoding.UTF8.GetBytes(text), ".ris"), iter: 2000);

    [Fact]
    public void A_long_unclosed_entry_is_read_in_linear_time()
    {
        var text = "@article{a, title = {" + string.Concat(Enumerable.Repeat("x {y} \\\"o ", 200_000)) + "\n@article{b, author = {A B}, title = {T}}";
        var stopwatch = Stopwatch.StartNew();
        var read = BibliographyFileReader.Read(Encoding.UTF8.GetBytes(text), "big.bib", ".bib", s_options);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        Assert.Equal("big.bib:1: a '{' opened here is not closed before the entry at line 2", read.Problems[0].ToString());
        Assert.Equal("T", Assert.Single(read.Papers).Title);
    }

    [Fact]
    public void Many_broken_entries_are_read_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("@article{a, author = {A B}, title = {Never closed\n", 20_000)) + "@article{b, author = {A B}, title = {T}}";
        var stopwatch = Stopwatch.StartNew();
        var read = BibliographyFileReader.Read(Encoding.UTF8.GetBytes(text), "broken.bib", ".bib", s_options);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5), $"took {stopwatch.Elapsed}");
        Assert.Equal(20_000, read.Problems.Count);
        Assert.Equal("broken.bib:20000: a '{' opened here is not closed before the entry at line 20001", read.Problems[^1].ToString());
        Assert.Equal("T", Assert.Single(read.Papers).Title);
    }

    private static void AssertProblemsHaveLines(byte[] bytes, string extension)
    {
        var lines = bytes.Count(b => b == (byte)'\n') + 1;
        var read = BibliographyFileReader.Read(bytes, "random" + extension, extension, s_options);
        foreach (var problem in read.Problems)
        {
            Assert.Equal("random" + extension, problem.Path);
            Assert.InRange(problem.Line, 1, lines);
            Assert.False(string.IsNullOrWhiteSpace(problem.Message));
        }

        foreach (var paper in read.Papers)
        {
            Assert.InRange(paper.Line, 1, lines);
            Assert.NotEmpty(paper.Title);
            Assert.NotEmpty(paper.Authors);
        }
    }
}
