using Catalog.Data.Records;
using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>The fields of one entry as every reader gathers them, and the one place that checks them the way the importer
/// will: a title and at least one author are required (errors), a DOI, URL or PDF address that the seeds could not hold
/// is left out (warnings). Each reader fills it from its own format.</summary>
public sealed class ImportedFields(string path, int line, List<SeedProblem> problems)
{
    public string? Key { get; set; }

    public string? Title { get; set; }

    public List<ImportedName> Authors { get; } = [];

    public PaperDate? Date { get; set; }

    public string? Venue { get; set; }

    public string? Doi { get; set; }

    public string? Arxiv { get; set; }

    public string? Url { get; set; }

    public string? Pdf { get; set; }

    public List<string> Subjects { get; } = [];

    public string? Abstract { get; set; }

    public void Warning(int at, string message) => problems.Add(new(path, at, message, ProblemSeverity.Warning));

    public void Error(int at, string message) => problems.Add(new(path, at, message));

    /// <summary>The paper, or null (with an error at the entry's line) when it has no title or no author.</summary>
    public ImportedPaper? ToPaper()
    {
        var named = Key is { Length: > 0 } key ? $"entry '{key}'" : "the entry";
        var title = Title is null ? "" : SeedText.OneLine(Title);
        var authors = Authors
            .Select(a => a with { Name = SeedText.OneLine(a.Name), Family = a.Family is null ? null : SeedText.OneLine(a.Family) })
            .Where(a => a.Name.Length > 0)
            .ToList();
        if (title.Length == 0)
        {
            Error(line, $"{named} has no title; a paper needs one");
        }

        if (authors.Count == 0)
        {
            Error(line, $"{named} has no authors; a paper needs at least one");
        }

        if (title.Length == 0 || authors.Count == 0)
        {
            return null;
        }

        var doi = CleanDoi(Doi);
        var arxiv = Arxiv ?? ArxivIds.FromDoi(doi) ?? ArxivIds.FromUrl(Url) ?? ArxivIds.FromUrl(Pdf);
        return new ImportedPaper(path, line, title, authors)
        {
            Key = Key,
            Date = Date,
            Venue = Venue is null ? null : NullIfEmpty(SeedText.OneLine(Venue)),
            Doi = doi,
            Arxiv = arxiv,
            Url = Address(Url, "url"),
            Pdf = Address(Pdf, "pdf"),
            Subjects = [.. Subjects.Select(SeedText.OneLine).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal)],
            Abstract = Abstract is null ? "" : SeedText.Block(Abstract),
        };
    }

    private string? CleanDoi(string? text)
    {
        if (text is null || SeedText.OneLine(text) is not { Length: > 0 } doi)
        {
            return null;
        }

        foreach (var prefix in (string[])["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"])
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                doi = doi[prefix.Length..].Trim();
            }
        }

        if (Seeds.Doi.IsValid(doi))
        {
            return doi;
        }

        Warning(line, $"doi '{doi}' is not a DOI (10.<registrant>/<suffix>); left out");
        return null;
    }

    private string? Address(string? text, string what)
    {
        if (text is null || SeedText.OneLine(text) is not { Length: > 0 } address)
        {
            return null;
        }

        if (Uri.TryCreate(address, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return address;
        }

        Warning(line, $"{what} '{address}' is not an absolute http or https address; left out");
        return null;
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
