using Catalog.Data.Seeds;

namespace Catalog.Data.Store;

/// <summary>The catalog's distinct authors, each with an id, a stable URL slug and a paper count.</summary>
internal sealed class AuthorTable
{
    private readonly Dictionary<string, AuthorRow> _byName;

    private AuthorTable(Dictionary<string, AuthorRow> byName) => _byName = byName;

    public int Count => _byName.Count;

    public IEnumerable<AuthorRow> All => _byName.Values.OrderBy(a => a.Id);

    public long IdOf(string name) => _byName[name].Id;

    public static AuthorTable Build(IEnumerable<SeedPaper> papers)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in papers.SelectMany(p => p.Authors))
        {
            counts[name] = counts.GetValueOrDefault(name) + 1;
        }

        // Names that fold to the same slug are told apart by a number, given in name order so it does not
        // depend on which paper comes first.
        var byName = new Dictionary<string, AuthorRow>(StringComparer.Ordinal);
        var usedSlugs = new HashSet<string>(StringComparer.Ordinal);
        long id = 0;
        foreach (var group in counts.Keys.GroupBy(AuthorNames.Slug).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var suffix = 1;
            foreach (var name in group.Order(StringComparer.Ordinal))
            {
                var slug = group.Key;
                while (!usedSlugs.Add(slug))
                {
                    slug = $"{group.Key}-{++suffix}";
                }

                byName[name] = new AuthorRow(++id, name, slug, counts[name]);
            }
        }

        return new AuthorTable(byName);
    }
}

internal sealed record AuthorRow(long Id, string Name, string Slug, int PaperCount);
