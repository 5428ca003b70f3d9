namespace Catalog.Data.Search.Engine.Index;

/// <summary>Unsigned LEB128: seven bits a byte, low bits first, the top bit set on every byte but the last. Positions are
/// kept as the differences between neighbours in this form, most of them one byte.</summary>
internal static class Varint
{
    public static int Size(uint value)
    {
        var size = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            size++;
        }

        return size;
    }

    /// <summary>Writes the value at <paramref name="at"/> and returns where the next one goes.</summary>
    public static int Write(Span<byte> bytes, int at, uint value)
    {
        while (value >= 0x80)
        {
            bytes[at++] = (byte)(value | 0x80);
            value >>= 7;
        }

        bytes[at++] = (byte)value;
        return at;
    }

    /// <summary>Reads the value at <paramref name="at"/> and moves <paramref name="at"/> past it.</summary>
    public static uint Read(ReadOnlySpan<byte> bytes, ref int at)
    {
        uint value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while (b >= 0x80);
        return value;
    }
}
