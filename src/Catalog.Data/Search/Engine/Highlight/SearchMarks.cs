namespace Catalog.Data.Search.Engine.Highlight;

/// <summary>Characters that cannot occur in seed text (they are control characters), used to mark matches.</summary>
public static class SearchMarks
{
    public const char Start = '\u0002';
    public const char End = '\u0003';
}
