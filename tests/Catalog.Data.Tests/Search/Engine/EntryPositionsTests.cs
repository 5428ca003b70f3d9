using Catalog.Data.Search.Engine.Index;
using CsCheck;

namespace Catalog.Data.Tests.Search.Engine;

/// <summary>Positions are kept as varint gaps with field steps: any ascending positions of the three fields, offsets of
/// any size, must read back exactly, in the bytes their size says.</summary>
public sealed class EntryPositionsTests
{
    private static readonly Gen<int> s_position =
        Gen.Select(Gen.Int[0, EngineField.Count - 1], Gen.OneOf(Gen.Int[0, 300], Gen.Int[0, EngineField.OffsetMask]), EngineField.Position);

    [Fact]
    public void AnyAscendingPositionsReadBackExactly() =>
        s_position.Array[0, 64].Sample(values =>
        {
            var positions = values.Distinct().Order().ToArray();
            var bytes = new byte[positions.Length * 5];
            var end = EntryPositions.Encode(positions, bytes);

            var read = new List<int>();
            new EntryPositions(bytes.AsSpan(0, end)).AddTo(read);
            Assert.Equal(positions, read);
            Assert.Equal(end, EntryPositions.EncodedSize(positions));
        });

    [Fact]
    public void APositionNearAFieldsStartTakesOneByte()
    {
        var bytes = new byte[16];

        Assert.Equal(1, EntryPositions.Encode([EngineField.Position(EngineField.Abstract, 5)], bytes));
        Assert.Equal(2, EntryPositions.Encode([EngineField.Position(EngineField.Title, 3), EngineField.Position(EngineField.Abstract, 20)], bytes));
    }
}
