namespace Catalog.Data.Search.Engine.Build;

/// <summary>A growable run of values, cheaper than List&lt;T&gt; for the index builder's streams.</summary>
internal sealed class GrowableBuffer<T>
    where T : unmanaged
{
    private T[] _items = new T[1024];

    public int Count { get; private set; }

    public ReadOnlySpan<T> Items => _items.AsSpan(0, Count);

    public void Add(T value)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = value;
    }

    /// <summary>Room for <paramref name="count"/> more values at the end, counted as added.</summary>
    public Span<T> Append(int count)
    {
        if (Count + count > _items.Length)
        {
            Array.Resize(ref _items, Math.Max(_items.Length * 2, Count + count));
        }

        Count += count;
        return _items.AsSpan(Count - count, count);
    }

    public void Clear() => Count = 0;

    /// <summary>Lets go of the room grown past the items, for a buffer that is kept once filled.</summary>
    public void TrimExcess() => Array.Resize(ref _items, Count);
}
