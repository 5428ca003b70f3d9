namespace Catalog.Data.Search.Engine.Query;

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
    Title,
}
