namespace Catalog.Data.Queries;

public enum AuthorSort
{
    Name,
    Papers,
    Family,
}
