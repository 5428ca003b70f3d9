namespace Catalog.Data.Search.Engine.Index;

/// <summary>One paper's positions of one term (<see cref="EngineField.Position"/>), ascending, read as they are kept: a
/// <see cref="Varint"/> per position holding, in its low two bits, how many fields on from the one before it is, and
/// above them its offset: from the position before in the same field, from the field's start in a new one. Most
/// positions take one or two bytes.</summary>
internal readonly ref struct EntryPositions(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;

    /// <summary>The bytes <see cref="Encode"/> writes for the positions.</summary>
    public static int EncodedSize(ReadOnlySpan<int> positions)
    {
        var (size, previous) = (0, 0);
        foreach (var position in positions)
        {
            size += Varint.Size(Code(previous, position));
            previous = position;
        }

        return size;
    }

    /// <summary>Writes ascending positions at the start of <paramref name="bytes"/>; returns the bytes written.</summary>
    public static int Encode(ReadOnlySpan<int> positions, Span<byte> bytes)
    {
        var (at, previous) = (0, 0);
        foreach (var position in positions)
        {
            at = Varint.Write(bytes, at, Code(previous, position));
            previous = position;
        }

        return at;
    }

    public Enumerator GetEnumerator() => new(_bytes);

    public void AddTo(List<int> positions)
    {
        foreach (var position in this)
        {
            positions.Add(position);
        }
    }

    private static uint Code(int previous, int position)
    {
        var fields = EngineField.FieldOf(position) - EngineField.FieldOf(previous);
        var offset = position & EngineField.OffsetMask;
        var gap = fields == 0 ? offset - (previous & EngineField.OffsetMask) : offset;
        return ((uint)gap << 2) | (uint)fields;
    }

    public ref struct Enumerator(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private int _at;
        private int _field;
        private int _offset;

        public readonly int Current => EngineField.Position(_field, _offset);

        public bool MoveNext()
        {
            if (_at >= _bytes.Length)
            {
                return false;
            }

            var code = Varint.Read(_bytes, ref _at);
            var fields = (int)(code & 3);
            var gap = (int)(code >> 2);
            (_field, _offset) = fields == 0 ? (_field, _offset + gap) : (_field + fields, gap);
            return true;
        }
    }
}
