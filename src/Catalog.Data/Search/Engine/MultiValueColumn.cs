namespace Catalog.Data.Search.Engine;

/// <summary>A column with any number of values per paper (its people, its subjects), each paper's values side by side.</summary>
internal sealed class MultiValueColumn(int[] start, int[] values)
{
    public ReadOnlySpan<int> Of(int document) => values.AsSpan(start[document], start[document + 1] - start[document]);

    public long Bytes => 4L * (start.Length + values.Length);
}
