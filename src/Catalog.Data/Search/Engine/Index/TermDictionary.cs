using Catalog.Data.Search.Engine.Analysis;

namespace Catalog.Data.Search.Engine.Index;

/// <summary>Every term of the catalog, in byte order (<see cref="TermText"/>); a term's number is its place, so the
/// terms a prefix starts are one contiguous range of numbers.</summary>
internal sealed class TermDictionary(string[] terms)
{
    public int Count => terms.Length;

    public string this[int id] => terms[id];

    /// <summary>Every term, in byte order.</summary>
    public string[] All => terms;

    /// <summary>The term's number, or -1 when no paper holds it.</summary>
    public int Find(string term)
    {
        var index = Array.BinarySearch(terms, term, StringComparer.Ordinal);
        return index >= 0 ? index : -1;
    }

    /// <summary>The numbers of the terms that start with the prefix: [From, To).</summary>
    public (int From, int To) PrefixRange(string prefix)
    {
        var from = LowerBound(prefix);
        // Term chars are bytes, so U+0100 sorts after every continuation of the prefix.
        var to = LowerBound(prefix + '\u0100');
        return (from, to);
    }

    private int LowerBound(string key)
    {
        var lo = 0;
        var hi = terms.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(terms[mid], key) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
