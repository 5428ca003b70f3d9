using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Catalog.Data.Search.Semantic;

/// <summary>The dot product of a stored byte vector with a query's, held as shorts. With AVX2, 16 numbers take one
/// sign-extending load and one multiply-add of adjacent pairs into ints (vpmovsxbw, vpmaddwd): the sums never overflow
/// (384 products of at most 127 × 127).</summary>
internal static class Int8Dot
{
    public static int Dot(ReadOnlySpan<sbyte> stored, ReadOnlySpan<short> query)
    {
        var i = 0;
        var sum = 0;
        if (Avx2.IsSupported && stored.Length >= 16)
        {
            ref var s = ref MemoryMarshal.GetReference(stored);
            ref var q = ref MemoryMarshal.GetReference(query);
            var acc = Vector256<int>.Zero;
            for (; i + 16 <= stored.Length; i += 16)
            {
                var wide = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref s, (nuint)i));
                acc = Avx2.Add(acc, Avx2.MultiplyAddAdjacent(wide, Vector256.LoadUnsafe(ref q, (nuint)i)));
            }

            sum = Vector256.Sum(acc);
        }

        for (; i < stored.Length; i++)
        {
            sum += stored[i] * query[i];
        }

        return sum;
    }
}
