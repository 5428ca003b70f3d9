using Catalog.Data.Seeds;

namespace Catalog.Data.Store;

/// <summary>The catalog's people as papers stream in. An author slot is the person its seed or people.yaml names, or
/// else the person of its printed name alone. Each person gets a provisional number on first sight, and counts of their
/// papers and of each spelling's papers. At the end, when everyone is known, people get their ids in name order (the
/// order SQLite sorts text in, by code point), so that sorting by id is sorting by name, and their URL slugs: the
/// people.yaml id, or a slug made from the name.</summary>
internal sealed class PersonTable(PeopleDirectory directory)
{
    private readonly Dictionary<(string? Listed, string Name), Person> _byKey = [];
    private readonly List<Person> _byNumber = [];

    // One table of every person's spellings, not one per person: most people have one, and 225k small dictionaries
    // cost tens of megabytes.
    private readonly Dictionary<(int Person, string Name), Spelling> _spellings = [];

    public int Count => _byNumber.Count;

    /// <summary>How many distinct name strings the papers print ("Kun Xu" once, whoever the Kun Xus are).</summary>
    public int NameCount => _spellings.Keys.Select(k => k.Name).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The slot's person's provisional number and the spelling it prints, counting the paper once for the
    /// person and for the spelling however many slots of it they fill (papers arrive one at a time). The spelling's
    /// name is one string for all its slots.</summary>
    public (int Person, Spelling Spelling) Add(SeedAuthor slot, long paper)
    {
        var key = slot.Person is { } listed ? (listed, "") : ((string?)null, slot.Name);
        if (!_byKey.TryGetValue(key, out var person))
        {
            var entry = slot.Person is null ? null : directory.Find(slot.Person);
            person = new Person(_byNumber.Count, entry?.Name ?? slot.Name, entry);
            _byKey[key] = person;
            _byNumber.Add(person);
        }

        if (person.LastPaper != paper)
        {
            person.LastPaper = paper;
            person.Papers++;
        }

        if (!_spellings.TryGetValue((person.Number, slot.Name), out var spelling))
        {
            _spellings[(person.Number, slot.Name)] = spelling = new Spelling(slot.Name) { Person = person.Number };
        }

        if (spelling.LastPaper != paper)
        {
            spelling.LastPaper = paper;
            spelling.Papers++;
        }

        if (slot.Family is { } family && slot.Name == person.Name)
        {
            person.CommaFamily ??= family;
        }

        return (person.Number, spelling);
    }

    /// <summary>The family name to write with a slot: the seed's "Family, Given", else the person's.</summary>
    public string FamilyOf(int number, string name, string? slotFamily) => slotFamily ?? AuthorNames.FamilyOf(name, _byNumber[number].Family);

    /// <summary>Every person in id order, each provisional number's id, every spelling, and the slugs that send a
    /// spelling's own slug ("carlos-riquelme-ruiz") on to its person's page.</summary>
    public PersonRows Rows()
    {
        var ordered = _byNumber.Order(Comparer<Person>.Create((a, b) =>
        {
            var byName = CodePointOrder.Instance.Compare(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.Entry?.Id, b.Entry?.Id);
        })).ToList();
        var idOfNumber = new long[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            idOfNumber[ordered[i].Number] = i + 1;
        }

        var slugs = Slugs(ordered);
        var people = ordered.AsParallel().AsOrdered().Select((p, i) =>
        {
            var family = p.Family;
            return new PersonRow(i + 1, p.Name, AuthorNames.Fold(p.Name), slugs[p.Number], AuthorNames.SortKey(p.Name, family), p.Entry?.Orcid, p.Papers);
        }).ToList();
        var names = _spellings.Values.AsParallel()
            .Select(n => new NameRow(idOfNumber[n.Person], n.Name, AuthorNames.Fold(n.Name), n.Papers))
            .OrderBy(n => n.Author).ThenBy(n => n.Name, CodePointOrder.Instance).ToList();
        // Only a people.yaml entry's names and other spellings can have a slug of their own; everyone else's one name
        // made their slug.
        var redirectable = names.Where(n => ordered[(int)n.Author - 1] is var p && (p.Entry is not null || p.Name != n.Name));
        return new PersonRows(people, idOfNumber, names, Redirects(redirectable, slugs.Values));
    }

    /// <summary>people.yaml ids first; then each other person's slug from their name, told apart from an equal one by a
    /// number given in name order, so that it does not depend on which paper comes first.</summary>
    private static Dictionary<int, string> Slugs(List<Person> ordered)
    {
        var slugs = new Dictionary<int, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in ordered.Where(p => p.Entry is not null))
        {
            slugs[person.Number] = person.Entry!.Id;
            used.Add(person.Entry.Id);
        }

        var named = ordered.Where(p => p.Entry is null).AsParallel().AsOrdered().Select(p => (Person: p, Slug: AuthorNames.Slug(p.Name))).ToList();
        foreach (var group in named.GroupBy(n => n.Slug, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var suffix = 1;
            foreach (var (person, _) in group)
            {
                var slug = group.Key;
                while (!used.Add(slug))
                {
                    slug = $"{group.Key}-{++suffix}";
                }

                slugs[person.Number] = slug;
            }
        }

        return slugs;
    }

    /// <summary>A spelling's slug leads to its person when it is no one's own slug and only one person prints it.</summary>
    private static List<(string Slug, long Author)> Redirects(IEnumerable<NameRow> names, IEnumerable<string> slugs)
    {
        var own = slugs.ToHashSet(StringComparer.Ordinal);
        return names
            .Select(n => (Slug: AuthorNames.Slug(n.Name), n.Author))
            .Where(r => !own.Contains(r.Slug))
            .Distinct()
            .GroupBy(r => r.Slug, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .Select(g => g.First())
            .OrderBy(r => r.Slug, StringComparer.Ordinal)
            .ToList();
    }

    private sealed class Person(int number, string name, SeedPerson? entry)
    {
        public int Number { get; } = number;

        public string Name { get; } = name;

        public SeedPerson? Entry { get; } = entry;

        public int Papers { get; set; }

        public long LastPaper { get; set; } = long.MinValue;

        public string? CommaFamily { get; set; }

        /// <summary>people.yaml's family name, else the seed's "Family, Given", else the name's last word; asked for
        /// each of the person's slots once every paper is in, so worked out once.</summary>
        public string Family => field ??= Entry?.Family ?? CommaFamily ?? AuthorNames.FamilyOf(Name, null);
    }

    /// <summary>A name string as one person's papers print it.</summary>
    internal sealed class Spelling(string name)
    {
        public string Name { get; } = name;

        public int Person { get; init; }

        public int Papers { get; set; }

        public long LastPaper { get; set; } = long.MinValue;
    }
}

internal sealed record PersonRow(long Id, string Name, string FoldedName, string Slug, string SortKey, string? Orcid, int PaperCount);

internal sealed record NameRow(long Author, string Name, string FoldedName, int PaperCount);

internal sealed record PersonRows(List<PersonRow> People, long[] IdOfNumber, List<NameRow> Names, List<(string Slug, long Author)> Redirects);
