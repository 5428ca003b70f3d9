namespace Catalog.Data.Search.Engine;

/// <summary>One paper's positions of one term (<see cref="EngineField.Position"/>), ascending, read as they are kept:
/// the first, then each difference from the one before, as <see cref="Varint"/>s.</summary>
internal readonly ref struct EntryPositions(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;

    public Enumerator GetEnumerator() => new(_bytes);

    public void AddTo(List<int> positions)
    {
        foreach (var position in this)
        {
            positions.Add(position);
        }
    }

    public ref struct Enumerator(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            if (_at >= _bytes.Length)
            {
                return false;
            }

            Current += (int)Varint.Read(_bytes, ref _at);
            return true;
        }
    }
}
