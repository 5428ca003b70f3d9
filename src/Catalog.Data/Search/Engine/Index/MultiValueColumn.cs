namespace Catalog.Data.Search.Engine.Index;

/// <summary>A column with any number of values per paper (its people, its subjects), each paper's values side by side.</summary>
internal sealed class MultiValueColumn(int[] start, int[] values)
{
    public ReadOnlySpan<int> Of(int document) => values.AsSpan(start[document], start[document + 1] - start[document]);

    public int TotalValues => values.Length;

    /// <summary>Where each paper's values start in <see cref="Values"/>, and where the last one's end.</summary>
    public int[] Starts => start;

    public int[] Values => values;

    public long Bytes => 4L * (start.Length + values.Length);

    /// <summary>The same links the other way round: for each value, the papers that have it, ascending.</summary>
    public MultiValueColumn Invert(int valueCount)
    {
        var invertedStart = new int[valueCount + 1];
        foreach (var v in values)
        {
            invertedStart[v + 1]++;
        }

        for (var v = 0; v < valueCount; v++)
        {
            invertedStart[v + 1] += invertedStart[v];
        }

        var next = invertedStart[..^1];
        var documents = new int[values.Length];
        for (var d = 0; d + 1 < start.Length; d++)
        {
            for (var i = start[d]; i < start[d + 1]; i++)
            {
                documents[next[values[i]]++] = d;
            }
        }

        return new MultiValueColumn(invertedStart, documents);
    }
}
