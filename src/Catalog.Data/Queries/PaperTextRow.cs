using Catalog.Data.Model;

namespace Catalog.Data.Queries;

/// <summary>A paper in full as the store holds it, read from <see cref="From"/>: the one row type of that shape (a paper
/// page's and an export's), and its columns.</summary>
internal sealed class PaperTextRow
{
    public const string Columns = """
        p.rowid AS RowId, p.id AS Id, p.title AS Title, p.date AS Date, p.venue AS Venue, t.source AS Source, t.url AS Url,
        t.arxiv AS Arxiv, t.doi AS Doi, t.pdf AS Pdf, t.abstract AS AbstractMarkdown
        """;

    public const string From = "FROM papers p JOIN paper_texts t ON t.rowid = p.rowid";

    public long RowId { get; init; }
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Date { get; init; }
    public string? Venue { get; init; }
    public string? Source { get; init; }
    public string? Url { get; init; }
    public string? Arxiv { get; init; }
    public string? Doi { get; init; }
    public string? Pdf { get; init; }
    public string AbstractMarkdown { get; init; } = "";

    public PaperDetail ToDetail(IReadOnlyList<AuthorRef> authors, IReadOnlyList<string> subjects, string abstractHtml) =>
        new(Id, Title, Date, Venue, Source, Url, Arxiv, AbstractMarkdown, abstractHtml, authors)
        {
            Doi = Doi,
            Pdf = Pdf,
            Subjects = subjects,
        };
}
