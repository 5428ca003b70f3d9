namespace Catalog.Data.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
    Title,
}
