namespace Catalog.Data.Search.Engine.Index;

/// <summary>A column with any number of values per paper (its people, its subjects), held both ways round: each paper's
/// values, each value's papers, and the values by paper count, most first (ties by number).</summary>
internal sealed class ManyValueColumn
{
    public ManyValueColumn(MultiValueColumn byDocument, int valueCount)
    {
        ByDocument = byDocument;
        ByValue = byDocument.Invert(valueCount);
        PaperCounts = [.. Enumerable.Range(0, valueCount).Select(v => ByValue.Of(v).Length)];
        ByPaperCount = [.. Enumerable.Range(0, valueCount).OrderByDescending(v => PaperCounts[v]).ThenBy(v => v)];
    }

    public MultiValueColumn ByDocument { get; }

    public MultiValueColumn ByValue { get; }

    /// <summary>How many papers have each value.</summary>
    public int[] PaperCounts { get; }

    public int[] ByPaperCount { get; }

    public ReadOnlySpan<int> Of(int document) => ByDocument.Of(document);

    public long Bytes => ByDocument.Bytes + ByValue.Bytes + (8L * ByPaperCount.Length);
}
