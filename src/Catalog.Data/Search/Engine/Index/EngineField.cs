namespace Catalog.Data.Search.Engine.Index;

/// <summary>The searched fields, in FTS5's column order, with the bm25 weights the catalog ranks by.</summary>
internal static class EngineField
{
    public const int Title = 0;
    public const int Authors = 1;
    public const int Abstract = 2;
    public const int Count = 3;

    /// <summary>Title matches rank above author matches, which rank above abstract matches: bm25(papers_fts, 10, 4, 1).</summary>
    public static readonly int[] Weights = [10, 4, 1];

    /// <summary>The fields' names, as an explanation gives them.</summary>
    public static readonly string[] Names = ["title", "authors", "abstract"];

    /// <summary>A position packs the field in its top bits, so that a document's positions sort field by field.</summary>
    public const int FieldShift = 28;

    /// <summary>The bits of a position below its field: the token's place in the field.</summary>
    public const int OffsetMask = (1 << FieldShift) - 1;

    public static int Position(int field, int offset) => (field << FieldShift) | offset;

    public static int FieldOf(int position) => position >>> FieldShift;
}
