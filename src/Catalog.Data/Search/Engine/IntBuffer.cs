namespace Catalog.Data.Search.Engine;

/// <summary>A growable run of ints, cheaper than List&lt;int&gt; for the builder's streams.</summary>
internal sealed class IntBuffer
{
    private int[] _items = new int[1024];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Items => _items.AsSpan(0, Count);

    public void Add(int value)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = value;
    }

    public void Clear() => Count = 0;

    /// <summary>Lets go of the room grown past the items, for a buffer that is kept once filled.</summary>
    public void TrimExcess() => Array.Resize(ref _items, Count);
}
