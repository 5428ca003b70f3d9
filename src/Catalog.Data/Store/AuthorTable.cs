using Catalog.Data.Seeds;

namespace Catalog.Data.Store;

/// <summary>The catalog's distinct authors as papers stream in: each name gets a provisional number on first sight and
/// a paper count. At the end, when every name is known, authors get their ids in name order (the order SQLite sorts
/// text in, by code point), so that sorting by id is sorting by name, and their URL slugs.</summary>
internal sealed class AuthorTable
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<NewAuthor> _authors = [];

    public int Count => _authors.Count;

    /// <summary>The author's provisional number, counting one more paper for them; <see cref="Rows"/> maps it to an id.
    /// A new name's slug and folded form are worked out here, while the writer would otherwise wait for papers.</summary>
    public int Add(string name)
    {
        if (!_numbers.TryGetValue(name, out var number))
        {
            number = _numbers[name] = _authors.Count;
            _authors.Add(new NewAuthor(name, AuthorNames.Slug(name), AuthorNames.Fold(name)));
        }

        _authors[number].Papers++;
        return number;
    }

    /// <summary>Every author, in id order, and each provisional number's id. Names that fold to the same slug are told
    /// apart by a number, given in name order so that it does not depend on which paper comes first.</summary>
    public (List<AuthorRow> Rows, long[] IdOfNumber) Rows()
    {
        var byName = Enumerable.Range(0, _authors.Count).ToArray();
        Array.Sort(byName, (a, b) => CodePointOrder.Instance.Compare(_authors[a].Name, _authors[b].Name));
        var idOfNumber = new long[byName.Length];
        for (var i = 0; i < byName.Length; i++)
        {
            idOfNumber[byName[i]] = i + 1;
        }

        var slugs = new string[_authors.Count];
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in byName.GroupBy(n => _authors[n].Slug, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var suffix = 1;
            foreach (var number in group.OrderBy(n => _authors[n].Name, StringComparer.Ordinal))
            {
                var slug = group.Key;
                while (!usedSlugs.Add(slug))
                {
                    slug = $"{group.Key}-{++suffix}";
                }

                slugs[number] = slug;
            }
        }

        var rows = byName.Select(n => new AuthorRow(idOfNumber[n], _authors[n].Name, _authors[n].Folded, slugs[n], _authors[n].Papers)).ToList();
        return (rows, idOfNumber);
    }

    private sealed class NewAuthor(string name, string slug, string folded)
    {
        public string Name { get; } = name;

        public string Slug { get; } = slug;

        public string Folded { get; } = folded;

        public int Papers { get; set; }
    }

    /// <summary>Orders strings as SQLite's BINARY collation does, by their UTF-8 bytes, which is code point order:
    /// ordinal comparison of UTF-16 puts U+E000 to U+FFFF after the surrogate pairs of U+10000 and up.</summary>
    private sealed class CodePointOrder : IComparer<string>
    {
        public static readonly CodePointOrder Instance = new();

        public int Compare(string? x, string? y)
        {
            var a = x.AsSpan();
            var b = y.AsSpan();
            var length = Math.Min(a.Length, b.Length);
            for (var i = 0; i < length; i++)
            {
                if (a[i] != b[i])
                {
                    return Weight(a[i]) - Weight(b[i]);
                }
            }

            return a.Length - b.Length;
        }

        // Surrogates (U+D800 to U+DFFF) stand for code points above U+FFFF, so they sort after every other UTF-16 unit.
        private static int Weight(char c) => char.IsSurrogate(c) ? c + 0x2000 : c is >= '\uE000' ? c - 0x800 : c;
    }
}

internal sealed record AuthorRow(long Id, string Name, string FoldedName, string Slug, int PaperCount);
