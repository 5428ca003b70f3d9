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

    /// <summary>Every author with a URL slug, in id order. Names that fold to the same slug are told apart by a number,
    /// given in name order so that it does not depend on which paper comes first. Slugs and folded names are worked
    /// out on every core (225k authors of 86k papers: 0.8 s on one).</summary>
    public List<AuthorRow> Rows()
    {
        var named = _byName.Keys.AsParallel().Select(name => (Name: name, Slug: AuthorNames.Slug(name), Folded: AuthorNames.Fold(name))).ToList();
        var rows = new List<AuthorRow>(named.Count);
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in named.GroupBy(n => n.Slug, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var suffix = 1;
            foreach (var (name, _, folded) in group.OrderBy(n => n.Name, StringComparer.Ordinal))
            {
                var slug = group.Key;
                while (!usedSlugs.Add(slug))
                {
                    slug = $"{group.Key}-{++suffix}";
                }

                var (id, papers) = _byName[name];
                rows.Add(new AuthorRow(id, name, folded, slug, papers));
            }
        }

        rows.Sort((a, b) => a.Id.CompareTo(b.Id));
        return rows;
    }
}

internal sealed record AuthorRow(long Id, string Name, string FoldedName, string Slug, int PaperCount);
