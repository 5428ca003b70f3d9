using Catalog.Data.Search.Engine;
using CsCheck;

namespace Catalog.Data.Tests.Search.Engine;

/// <summary>Positions are kept as varint differences: any ascending run of positions, fields and offsets of any size,
/// must read back exactly.</summary>
public sealed class EntryPositionsTests
{
    [Fact]
    public void AnyAscendingPositionsReadBackExactly() =>
        Gen.Int[0, int.MaxValue].Array[0, 64].Sample(values =>
        {
            var positions = values.Distinct().Order().ToArray();
            var bytes = new byte[positions.Length * 5];
            var (at, previous) = (0, 0);
            foreach (var position in positions)
            {
                at = Varint.Write(bytes, at, (uint)(position - previous));
                previous = position;
            }

            var read = new List<int>();
            new EntryPositions(bytes.AsSpan(0, at)).AddTo(read);
            Assert.Equal(positions, read);
            Assert.Equal(at, positions.Select((p, i) => Varint.Size((uint)(p - (i == 0 ? 0 : positions[i - 1])))).Sum());
        });
}
