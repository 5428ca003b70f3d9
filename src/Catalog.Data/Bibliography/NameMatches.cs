using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>Names of new papers that may be people the catalog knows: a person of people.yaml, or a name its papers print
/// that no entry claims, differing only by initials ("C. Riquelme"), accents ("Lucic") or a middle or second family name
/// ("Carlos Riquelme Ruiz"). Each is reported with the exact people.yaml line that would say they are one person;
/// nothing is merged without it.</summary>
public static class NameMatches
{
    public static IReadOnlyList<string> Find(IReadOnlyList<PlannedPaper> papers, ExistingSeeds seeds)
    {
        var claimedBy = new Dictionary<string, SeedPerson>(StringComparer.Ordinal);
        foreach (var person in seeds.People.People)
        {
            foreach (var name in person.Variants.Prepend(person.Name))
            {
                claimedBy.TryAdd(name, person);
            }
        }

        // Names the catalog prints that no people.yaml entry claims: each is a person of its own today.
        var printed = seeds.Papers.SelectMany(p => p.Paper.Authors).Where(a => a.Person is null).Select(a => a.Name)
            .Where(n => !claimedBy.ContainsKey(n)).Distinct(StringComparer.Ordinal).ToList();
        var known = printed.ToHashSet(StringComparer.Ordinal);

        // Two near names share a whole word (the shorter one's family name), so only names sharing a word are compared:
        // a catalog of 86k papers prints hundreds of thousands of names.
        var byWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var name in printed)
        {
            foreach (var word in Words(name).Where(w => w.Length > 1).Distinct(StringComparer.Ordinal))
            {
                if (!byWord.TryGetValue(word, out var names))
                {
                    byWord[word] = names = [];
                }

                names.Add(name);
            }
        }

        var notes = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            foreach (var author in paper.Record.Authors.Select(AuthorNames.Normalize))
            {
                if (claimedBy.ContainsKey(author) || known.Contains(author) || !seen.Add(author))
                {
                    continue;
                }

                foreach (var person in seeds.People.People.Where(p => p.Variants.Prepend(p.Name).Any(n => AreNear(author, n))))
                {
                    var variants = string.Join(", ", person.Variants.Append(author).Select(Flow));
                    notes.Add($"{paper.Location}: '{author}' may be {person.Name} ({person.Id}, {person.File}:{person.Line}); "
                        + $"if so, give that entry the line   variants: [{variants}]");
                }

                var candidates = Words(author).Where(w => w.Length > 1).SelectMany(w => byWord.GetValueOrDefault(w) ?? []).Distinct(StringComparer.Ordinal);
                foreach (var name in candidates.Where(n => AreNear(author, n)).Order(StringComparer.Ordinal))
                {
                    notes.Add($"{paper.Location}: '{author}' may be {name}, an author of the catalog; "
                        + $"if so, add to people.yaml   - {{id: {AuthorNames.Slug(name)}, name: {Flow(name)}, variants: [{Flow(author)}]}}");
                }
            }
        }

        return notes;
    }

    /// <summary>Two different names that may be one person: the same words once accents and case are set aside, where a
    /// word may be an initial of the other's word and the longer name may have words the shorter lacks (a middle name, or
    /// a second family name when the first names are the same word), as long as the first words agree and the shorter
    /// name's last word, its family name, is whole in the longer.</summary>
    public static bool AreNear(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return false;
        }

        var x = Words(a);
        var y = Words(b);
        var (shorter, longer) = x.Count <= y.Count ? (x, y) : (y, x);
        if (shorter.Count < 2 || !Agree(shorter[0], longer[0]))
        {
            return false;
        }

        var at = 1;
        for (var i = 1; i < shorter.Count; i++)
        {
            while (at < longer.Count && !Agree(shorter[i], longer[at]))
            {
                at++;
            }

            if (at == longer.Count)
            {
                return false;
            }

            if (i == shorter.Count - 1 && (shorter[i].Length < 2 || shorter[i] != longer[at]))
            {
                return false;
            }

            at++;
        }

        // Words after the shorter name's family name (a second family name, "Riquelme Ruiz") only when the first names
        // are the same word: "P. Kumar" is not "Pranay Kumar Yelugam", whose family name is another.
        return at == longer.Count || (shorter[0] == longer[0] && shorter[0].Length > 1);
    }

    private static bool Agree(string x, string y) =>
        x == y || (x.Length == 1 && y.StartsWith(x, StringComparison.Ordinal)) || (y.Length == 1 && x.StartsWith(y, StringComparison.Ordinal));

    private static List<string> Words(string name) =>
        [.. AuthorNames.Fold(name).Split([' ', '.', '-'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>A YAML flow scalar: plain when it can be, else single-quoted.</summary>
    private static string Flow(string text) =>
        text.IndexOfAny([',', ':', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`']) >= 0 || text.StartsWith('-') || text.StartsWith('?')
            ? $"'{text.Replace("'", "''", StringComparison.Ordinal)}'"
            : text;
}
