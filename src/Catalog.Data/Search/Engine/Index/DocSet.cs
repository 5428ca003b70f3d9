using System.Numerics;

namespace Catalog.Data.Search.Engine.Index;

/// <summary>A set of document numbers as bits: a catalog of 86k papers is 1,346 words, so union, intersection and
/// difference of any two sets cost next to nothing beside reading the postings that fill them, and walking the members
/// is a word at a time.</summary>
internal sealed class DocSet
{
    private readonly ulong[] _words;
    private readonly int _documents;

    public DocSet(int documents) => (_words, _documents) = (new ulong[(documents + 63) >> 6], documents);

    public static DocSet All(int documents)
    {
        var set = new DocSet(documents);
        Array.Fill(set._words, ulong.MaxValue);
        set.ClearTail();
        return set;
    }

    /// <summary>The catalog's size: every member is below it.</summary>
    public int Documents => _documents;

    /// <summary>How many members there are.</summary>
    public int Count
    {
        get
        {
            var count = 0;
            foreach (var word in _words)
            {
                count += BitOperations.PopCount(word);
            }

            return count;
        }
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

    /// <summary>Keeps the members whose value in the column is the one given.</summary>
    public void KeepWhere(int[] column, int value)
    {
        for (var i = 0; i < _words.Length; i++)
        {
            for (var word = _words[i]; word != 0; word &= word - 1)
            {
                var bit = BitOperations.TrailingZeroCount(word);
                if (column[(i << 6) + bit] != value)
                {
                    _words[i] &= ~(1UL << bit);
                }
            }
        }
    }

    /// <summary>The documents that are not members.</summary>
    public DocSet Complement()
    {
        var complement = new DocSet(_documents);
        for (var i = 0; i < _words.Length; i++)
        {
            complement._words[i] = ~_words[i];
        }

        complement.ClearTail();
        return complement;
    }

    /// <summary>The first member from <paramref name="document"/> on, or the catalog's size when there is none.</summary>
    public int Next(int document)
    {
        if (document >= _documents)
        {
            return _documents;
        }

        var i = document >> 6;
        var word = _words[i] & (ulong.MaxValue << (document & 63));
        while (word == 0)
        {
            if (++i == _words.Length)
            {
                return _documents;
            }

            word = _words[i];
        }

        return (i << 6) + BitOperations.TrailingZeroCount(word);
    }

    /// <summary>The members in ascending order.</summary>
    public List<int> ToList()
    {
        var list = new List<int>();
        foreach (var document in this)
        {
            list.Add(document);
        }

        return list;
    }

    public Enumerator GetEnumerator() => new(_words);

    private void ClearTail()
    {
        if ((_documents & 63) != 0)
        {
            _words[^1] &= (1UL << (_documents & 63)) - 1;
        }
    }

    /// <summary>The members in ascending order, a word at a time.</summary>
    public struct Enumerator(ulong[] words)
    {
        private int _index = -1;
        private ulong _word;

        public int Current { get; private set; }

        public bool MoveNext()
        {
            while (_word == 0)
            {
                if (++_index == words.Length)
                {
                    return false;
                }

                _word = words[_index];
            }

            Current = (_index << 6) + BitOperations.TrailingZeroCount(_word);
            _word &= _word - 1;
            return true;
        }
    }
}
