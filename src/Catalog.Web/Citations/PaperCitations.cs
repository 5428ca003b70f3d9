using Catalog.Components.Citations;
using Catalog.Data.Model;
using Catalog.Data.Queries;
using Catalog.Data.Store;

namespace Catalog.Web.Citations;

/// <summary>Citekeys for the whole catalog, worked out once per catalog version (a key's suffix depends on the other papers
/// that share it), and the <see cref="Citation"/> of a paper with its key. 86k papers take one pass over the papers table.</summary>
public sealed class PaperCitations(CatalogDatabase database, PaperExport export)
{
    private readonly Lock _lock = new();
    private (long Version, Dictionary<string, string> Keys)? _keys;

    public string KeyOf(string paperId) => Keys().GetValueOrDefault(paperId) ?? paperId;

    public Citation For(PaperDetail paper, Uri site) => CitationBuilder.From(paper, KeyOf(paper.Id), site);

    /// <summary>The citations of the papers with these ids, in their order, for a list page's COinS.</summary>
    public IReadOnlyList<Citation> ForPapers(IReadOnlyList<string> ids, Uri site) => [.. export.ByIds(ids).Select(p => For(p, site))];

    /// <summary>The citations of a person's papers, newest first, for their page's COinS.</summary>
    public IReadOnlyList<Citation> ForAuthor(string slug, Uri site) => [.. export.ByAuthor(slug).Select(p => For(p, site))];

    private Dictionary<string, string> Keys()
    {
        var version = database.Version;
        if (_keys is { } current && current.Version == version)
        {
            return current.Keys;
        }

        lock (_lock)
        {
            if (_keys is not { } built || built.Version != version)
            {
                var keys = CiteKeys.Assign(export.CiteKeySources().Select(s =>
                    (s.Id, CiteKeys.BaseKey(s.FirstFamily, (int?)s.Year, s.Title))));
                _keys = (version, keys);
            }

            return _keys.Value.Keys;
        }
    }
}
