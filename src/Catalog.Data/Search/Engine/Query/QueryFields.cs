namespace Catalog.Data.Search.Engine.Query;

/// <summary>What the query model says of its fields: the name a field term is written with, and the ends of an open year
/// range (<c>year:..2023</c>, <c>year:2021..</c>). The parser reads these names, with its short forms, and a query is
/// written again with them.</summary>
public static class QueryFields
{
    public const int FirstYear = 0;
    public const int LastYear = 9999;

    /// <summary>The name a field term is written with again.</summary>
    public static string Name(QueryField field) => field switch
    {
        QueryField.Title => "title",
        QueryField.Authors => "author",
        QueryField.Abstract => "abstract",
        QueryField.Venue => "venue",
        QueryField.Year => "year",
        _ => "",
    };
}
