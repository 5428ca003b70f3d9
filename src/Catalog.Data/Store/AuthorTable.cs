using Catalog.Data.Seeds;

namespace Catalog.Data.Store;

/// <summary>The catalog's distinct authors as papers stream in: each name gets an id on first sight and a paper count;
/// slugs are given at the end, when every name is known.</summary>
internal sealed class AuthorTable
{
    private readonly Dictionary<string, (long Id, int Papers)> _byName = new(StringComparer.Ordinal);

    public int Count => _byName.Count;

    /// <summary>The author's id, counting one more paper for them.</summary>
    public long Add(string name)
    {
        var (id, papers) = _byName.TryGetValue(name, out var known) ? known : (_byName.Count + 1, 0);
        _byName[name] = (id, papers + 1);
        return id;
    }

    /// <summary>Every author with a URL slug. Names that fold to the same slug are told apart by a number, given in
    /// name order so that it does not depend on which paper comes first.</summary>
    public IEnumerable<AuthorRow> Rows()
    {
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in _byName.Keys.GroupBy(AuthorNames.Slug).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var suffix = 1;
            foreach (var name in group.Order(StringComparer.Ordinal))
            {
                var slug = group.Key;
                while (!usedSlugs.Add(slug))
                {
                    slug = $"{group.Key}-{++suffix}";
                }

                var (id, papers) = _byName[name];
                yield return new AuthorRow(id, name, slug, papers);
            }
        }
    }
}

internal sealed record AuthorRow(long Id, string Name, string Slug, int PaperCount);
