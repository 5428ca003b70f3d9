using System.Numerics;

namespace Catalog.Data.Search.Engine;

/// <summary>A set of document numbers as bits: a catalog of 86k papers is 1,346 words, so union, intersection and
/// difference of any two sets cost next to nothing beside reading the postings that fill them.</summary>
internal sealed class DocSet
{
    private readonly ulong[] _words;

    public DocSet(int documents) => _words = new ulong[(documents + 63) >> 6];

    public static DocSet All(int documents)
    {
        var set = new DocSet(documents);
        Array.Fill(set._words, ulong.MaxValue);
        if ((documents & 63) != 0)
        {
            set._words[^1] = (1UL << (documents & 63)) - 1;
        }

        return set;
    }

    public void Add(int document) => _words[document >> 6] |= 1UL << (document & 63);

    public bool Contains(int document) => (_words[document >> 6] & (1UL << (document & 63))) != 0;

    public void AddAll(ReadOnlySpan<int> documents)
    {
        foreach (var d in documents)
        {
            _words[d >> 6] |= 1UL << (d & 63);
        }
    }

    public void IntersectWith(DocSet other)
    {
        for (var i = 0; i < _words.Length; i++)
        {
            _words[i] &= other._words[i];
        }
    }

    public void ExceptWith(DocSet other)
    {
        for (var i = 0; i < _words.Length; i++)
        {
            _words[i] &= ~other._words[i];
        }
    }

    /// <summary>The members in ascending order.</summary>
    public List<int> ToList()
    {
        var list = new List<int>();
        for (var i = 0; i < _words.Length; i++)
        {
            var word = _words[i];
            while (word != 0)
            {
                list.Add((i << 6) + BitOperations.TrailingZeroCount(word));
                word &= word - 1;
            }
        }

        return list;
    }
}
