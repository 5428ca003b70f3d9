using Catalog.Data.Model;
using Catalog.Data.Queries;
using Catalog.Data.Search.Engine.Query;
using Catalog.Data.Store;

namespace Catalog.Data.Search;

/// <summary>Every result of a search, for its exports and feed: the catalog's search engine ranks the papers as the
/// results pages do, and <see cref="PaperExport.ByRowIds"/> reads them in that order while the caller writes them out.</summary>
public sealed class SearchExport(CatalogDatabase database, SearchEngines engines, PaperExport papers)
{
    /// <summary>The papers of the search in the order of its result pages (the first <paramref name="limit"/>); none for
    /// an author filter naming no one.</summary>
    public async Task<IEnumerable<PaperDetail>> SearchAsync(SearchRequest request, int? limit = null)
    {
        var engine = await engines.GetAsync();
        IReadOnlyList<long>? people;
        using (var connection = database.Open())
        {
            people = PaperQueries.PersonIds(connection, request.Authors);
        }

        if (people is null)
        {
            return [];
        }

        var answer = engine.Search(new EngineQuery
        {
            Query = SearchQueryParser.Parse(request.Query),
            People = people,
            Year = request.Year,
            Venue = request.Venue,
            Subject = request.Subject,
            Sort = request.EffectiveSort,
            Take = limit ?? int.MaxValue,
        });
        return papers.ByRowIds(answer.RowIds);
    }
}
