using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Catalog.Components.Text;
using Catalog.Data.Bibliography;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Bibliography;

/// <summary>Two independent BibTeX parsers agree: on the committed fixtures (tests/Catalog.Web.Tests/CitationJs/fixtures,
/// in the styles of Zotero, Better BibTeX, Google Scholar, DBLP, the ACL Anthology and arXiv, with their quirks), every
/// field add reads equals what citation-js (@citation-js/core with plugin-bibtex) reads: title, every author's name and
/// family name in order, date, venue, DOI, URL and abstract. Where they differ by design, <see cref="s_differences"/>
/// names the difference and why, and the comparison sets exactly that aside.</summary>
public sealed class BibTexAgreementTests
{
    /// <summary>The differences by design, each as what it sets aside and why.</summary>
    private static readonly (string Name, string Why)[] s_differences =
    [
        ("math", "add keeps $...$ as TeX, as seeds keep it for KaTeX; citation-js turns it into Unicode ($\\Lambda$ into Λ, but ^2) into ²⁾ and \\text{EVL}_{...} into \\textEVL<sub>...</sub>). A field with math is compared after the app's own TeX-to-text reading (TexText.ToPlain), and set aside when citation-js's rendering of the math differs."),
        ("a first name that opens with a braced accent", "BibTeX reads {\\\"{O}}zg{\\\"{u}}r by the letter of its special character, upper case, so it is a first name; citation-js takes the braced word for a lower-case \"von\" word and makes it a particle of the family name (non-dropping-particle \"Özgür\"). The family names of such a name are set aside (the names as printed agree)."),
        ("dotless i under an accent", @"add reads {\'{\i}} as í (U+00ED), the letter it prints; citation-js keeps ı (U+0131) with a combining acute, which looks the same but is another string to a search. citation-js's text is NFC-composed with ı\u0301 read as í."),
        ("non-breaking space", "citation-js reads ~ as U+00A0; add as a plain space (seed values are one line of plain text). Compared with U+00A0 as a space."),
        ("arXiv id", "citation-js's CSL mapping drops eprint and archivePrefix; add reads them as the arXiv id. Not compared (the round trip and the reader tests check it)."),
        ("and others", "Google Scholar ends long lists with 'and others'; add keeps the names given and warns; citation-js adds an author named 'others'. That last author is set aside."),
    ];

    private static readonly string[] s_fixtures = ["zotero.bib", "betterbibtex.bib", "scholar.bib", "dblp.bib", "acl.bib", "arxiv.bib"];

    [CitationJsFact]
    public async Task Add_reads_what_citation_js_reads_from_real_world_bib_files()
    {
        var theirs = await CitationJs.ReadAsync(s_fixtures.Select(f => $"fixtures/{f}"));
        var differences = new List<string>();
        var compared = 0;
        foreach (var fixture in s_fixtures)
        {
            var ours = BibliographyFileReader.Read(Path.Combine(CitationJs.Folder, "fixtures", fixture), fixture, new BibliographyOptions());
            Assert.DoesNotContain(ours.Problems, p => p.IsError);
            var items = theirs[$"fixtures/{fixture}"]!.AsArray();
            Assert.Equal(items.Count, ours.Papers.Count);
            foreach (var item in items)
            {
                var key = (string)item!["citation-key"]!;
                var paper = ours.Papers.Single(p => p.Key == key);
                Compare($"{fixture} {key}", paper, item.AsObject(), differences);
                compared++;
            }
        }

        Assert.Equal(17, compared);
        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    [Fact]
    public void Every_difference_by_design_has_a_reason() =>
        Assert.All(s_differences, d => Assert.True(d.Why.Length > 40, d.Name));

    private static void Compare(string where, ImportedPaper paper, JsonObject item, List<string> differences)
    {
        void Same(string field, string? ours, string? theirs, bool setAside = false)
        {
            if (Clean(ours) != Clean(theirs) && !setAside)
            {
                differences.Add($"{where}: {field}: add «{ours}», citation-js «{theirs}»");
            }
        }

        Same("title", TexText.ToPlain(paper.Title), Theirs(item["title"]), setAside: paper.Title.Contains('$', StringComparison.Ordinal) && Theirs(item["title"])!.Contains('<', StringComparison.Ordinal));
        var authors = item["author"]?.AsArray().Select(a => a!.AsObject()).Where(a => Theirs(a["family"]) != "others" || a.Count > 1).ToList() ?? [];
        Same("authors", string.Join(" | ", paper.Authors.Select(a => a.Name)), string.Join(" | ", authors.Select(Name)));
        var bracedFirst = authors.Any(a => Theirs(a["non-dropping-particle"]) is { Length: > 0 } particle && char.IsUpper(particle[0]));
        Same("families", string.Join(" | ", paper.Authors.Select(a => a.Family ?? a.Name)), string.Join(" | ", authors.Select(Family)), setAside: bracedFirst);
        Same("date", paper.Date?.ToString(), Date(item["issued"]));
        Same("venue", paper.Venue, Theirs(item["container-title"]));
        Same("doi", paper.Doi, Theirs(item["DOI"]));
        Same("url", paper.Url, Theirs(item["URL"]));
        Same("abstract", paper.Abstract.Length == 0 ? null : TexText.ToPlain(paper.Abstract), Theirs(item["abstract"]), setAside: paper.Abstract.Contains('$', StringComparison.Ordinal));
    }

    private static string Name(JsonObject author) =>
        Theirs(author["literal"]) ?? string.Join(' ', new[] { author["given"], author["dropping-particle"], author["non-dropping-particle"], author["family"], author["suffix"] }
            .Select(Theirs).Where(p => p is not null));

    private static string Family(JsonObject author) =>
        Theirs(author["literal"]) ?? string.Join(' ', new[] { author["non-dropping-particle"], author["family"] }.Select(Theirs).Where(p => p is not null));

    private static string? Date(JsonNode? issued) =>
        issued?["date-parts"]?[0]?.AsArray() is { } parts
            ? string.Join('-', parts.Select((p, i) => ((int)p!).ToString(i == 0 ? "D4" : "D2", CultureInfo.InvariantCulture)))
            : null;

    private static string? Theirs(JsonNode? node) => node is null ? null : (string?)node;

    /// <summary>The normalisations the differences by design name: U+00A0 as a space, ı + U+0301 as í, NFC, one space.</summary>
    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var composed = text.Replace('\u00A0', ' ').Replace("ı\u0301", "í", StringComparison.Ordinal).Normalize(NormalizationForm.FormC);
        return string.Join(' ', composed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
