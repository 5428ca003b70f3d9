using System.Xml;
using System.Xml.Linq;
using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>Reads the Atom feed of arXiv's API (<c>export.arxiv.org/api/query</c>): one entry per paper, its id the abs
/// address with a version, published the first version's date, summary the abstract, the categories its subjects
/// (primary first), arxiv:journal_ref its venue when the authors gave one, arxiv:doi its journal DOI. A paper without a
/// journal DOI gets the DOI arXiv registers for every paper, 10.48550/arXiv.ID. The API's own errors come as an entry
/// whose id is an errors address; they are reported with its message.</summary>
public static class ArxivAtomReader
{
    private static readonly XNamespace s_atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace s_arxiv = "http://arxiv.org/schemas/atom";

    public static BibliographyRead Read(string text, string path)
    {
        var problems = new List<SeedProblem>();
        var papers = new List<ImportedPaper>();
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 0 };
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            problems.Add(new(path, Math.Max(1, ex.LineNumber), $"not valid XML: {ex.Message}"));
            return new BibliographyRead(papers, problems);
        }

        if (document.Root?.Name != s_atom + "feed")
        {
            problems.Add(new(path, 1, "expected an Atom feed (<feed xmlns=\"http://www.w3.org/2005/Atom\">), as arXiv's API answers"));
            return new BibliographyRead(papers, problems);
        }

        foreach (var entry in document.Root.Elements(s_atom + "entry"))
        {
            var line = ((IXmlLineInfo)entry).LineNumber;
            var id = Value(entry, s_atom + "id") ?? "";
            if (id.Contains("/api/errors", StringComparison.Ordinal))
            {
                problems.Add(new(path, line, $"arXiv answered an error: {Value(entry, s_atom + "summary") ?? id}"));
                continue;
            }

            var arxiv = ArxivIds.FromUrl(id);
            var fields = new ImportedFields(path, line, problems)
            {
                Key = arxiv,
                Arxiv = arxiv,
                Title = Value(entry, s_atom + "title"),
                Abstract = Value(entry, s_atom + "summary"),
                Venue = Value(entry, s_arxiv + "journal_ref"),
                Doi = Value(entry, s_arxiv + "doi")?.Split(' ')[0] ?? (arxiv is null ? null : ArxivIds.DoiPrefix + arxiv),
                Url = arxiv is null ? Value(entry, s_atom + "id") : ArxivIds.AbsUrl(arxiv),
                Pdf = arxiv is null ? null : ArxivIds.PdfUrl(arxiv),
            };
            foreach (var author in entry.Elements(s_atom + "author"))
            {
                if (Value(author, s_atom + "name") is { } name)
                {
                    fields.Authors.Add(new ImportedName(name, null));
                }
            }

            if (Value(entry, s_atom + "published") is { } published)
            {
                if (BibliographyDates.TryParse(published.Split('T')[0], out var date))
                {
                    fields.Date = date;
                }
                else
                {
                    fields.Warning(((IXmlLineInfo)entry.Element(s_atom + "published")!).LineNumber, $"published '{published}' is not a date; left out");
                }
            }

            var primary = entry.Element(s_arxiv + "primary_category")?.Attribute("term")?.Value;
            var categories = entry.Elements(s_atom + "category").Select(c => c.Attribute("term")?.Value).OfType<string>();
            fields.Subjects.AddRange(new[] { primary }.OfType<string>().Concat(categories));
            if (fields.ToPaper() is { } paper)
            {
                papers.Add(paper);
            }
        }

        return new BibliographyRead(papers, problems);
    }

    /// <summary>An element's text on one line (arXiv wraps titles and abstracts), null when absent or empty.</summary>
    private static string? Value(XElement parent, XName name)
    {
        var text = parent.Element(name)?.Value;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
