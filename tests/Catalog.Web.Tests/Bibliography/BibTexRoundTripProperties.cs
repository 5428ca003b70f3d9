using Catalog.Components.Citations;
using Catalog.Data.Bibliography;
using Catalog.Data.Seeds;
using CsCheck;

namespace Catalog.Web.Tests.Bibliography;

/// <summary>Any paper the app writes as BibTeX (BibTexWriter) reads back to itself: title, every author with their family
/// name, the date to the day, venue, DOI, arXiv id and abstract, whatever characters they hold.</summary>
public sealed class BibTexRoundTripProperties
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzäéèøłßçñıšžő";

    private static readonly Gen<string> s_word = Gen.Char[Letters].Array[2, 9].Select(c => new string(c))
        .Where(w => !w.Equals("and", StringComparison.OrdinalIgnoreCase));

    private static readonly Gen<string> s_capitalized = s_word.Select(w => char.ToUpperInvariant(w[0]) + w[1..]);

    // Title words: words, capitalised words, acronyms, digits and the characters TeX reads as commands.
    private static readonly Gen<string> s_titleWord = Gen.OneOf<string>(
        s_word, s_capitalized, s_word.Select(w => w.ToUpperInvariant()), Gen.Int[0, 999].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.OneOf("&", "%", "#", "_x", "50%", "C#", "a/b", "(x)", "?", "!", "'s", "\"q\"", ":", "-", "+", "Λ", "日本語"));

    private static readonly Gen<string> s_title = s_titleWord.Array[1, 10].Select(w => string.Join(' ', w));

    private static readonly Gen<CitationName> s_name = Gen.Select(
        Gen.OneOf<string>(s_capitalized, s_capitalized.Array[2].Select(w => string.Join(' ', w)),
            Gen.Select(Gen.OneOf("van", "de la", "von der", "di"), s_capitalized, (p, f) => $"{p} {f}")),
        Gen.OneOf<string>(Gen.Const(""), s_capitalized, s_capitalized.Array[2].Select(w => string.Join(' ', w)), Gen.Char['A', 'Z'].Select(c => $"{c}.")),
        (family, given) => new CitationName(family, given));

    private static readonly Gen<string> s_abstract = Gen.Char["abcdefghij ABC 0123 \\{}$%&#_^~-`'\".,;:!?()[]<>*/|@+=éøΛ日\t"].Array[0, 300]
        .Select(c => new string(c));

    private static readonly Gen<(int Year, int? Month, int? Day)> s_date = Gen.Select(Gen.Int[1900, 2030], Gen.Int[0, 12], Gen.Int[0, 28],
        (y, m, d) => (y, m == 0 ? (int?)null : m, m == 0 || d == 0 ? (int?)null : d));

    private static readonly Gen<Citation> s_citation = Gen.Select(
        s_title, s_name.Array[1, 12], s_date, Gen.Int[0, 2], s_title, Gen.Int[0, 99999], s_abstract,
        (title, names, date, kind, venue, number, abstractText) =>
        {
            var citationKind = kind switch { 0 => CitationKind.Conference, 1 => CitationKind.Journal, _ => CitationKind.Preprint };
            var arxiv = citationKind == CitationKind.Preprint ? $"2302.{number:D5}" : null;
            return new Citation("key", "id", title, names, date.Year, date.Month, date.Day,
                citationKind == CitationKind.Preprint ? null : venue, citationKind, arxiv, arxiv is null ? null : "cs.CV",
                $"10.{1000 + (number % 9000)}/x.{number}", null, null, "https://catalog.example/papers/id", abstractText.Trim().Length == 0 ? null : abstractText);
        });

    [Fact]
    public void Any_paper_written_as_BibTeX_reads_back_to_itself() =>
        s_citation.Sample(citation =>
        {
            var text = BibTexWriter.Write(citation);
            var read = BibTexReader.Read(text, "paper.bib", new BibliographyOptions());
            Assert.DoesNotContain(read.Problems, p => p.IsError);
            var paper = Assert.Single(read.Papers);
            Assert.Equal(citation.Title, paper.Title);
            Assert.Equal(citation.Authors.Select(a => a.Given.Length == 0 ? a.Family : $"{a.Given} {a.Family}"), paper.Authors.Select(a => a.Name));
            Assert.Equal(citation.Authors.Select(a => a.Family), paper.Authors.Select(a => a.Family));
            Assert.Equal(new PaperDate(citation.Year!.Value, citation.Month, citation.Day), paper.Date);
            Assert.Equal(citation.Venue, paper.Venue);
            Assert.Equal(citation.Doi, paper.Doi);
            Assert.Equal(citation.Arxiv, paper.Arxiv);
            Assert.Equal(OneLine(citation.Abstract ?? ""), paper.Abstract);
        }, iter: 1000, print: c => BibTexWriter.Write(c));

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
