using Catalog.Data.Text;

namespace Catalog.Data.Seeds;

/// <summary>The people of people.yaml, looked up by id and by each name string they claim. It decides which person
/// a paper's author slot is: the one its <c>person:</c> names, else the one entry that claims the printed name, else
/// none (the name is then a person of its own, keyed by the string).</summary>
public sealed class PeopleDirectory
{
    private readonly Dictionary<string, SeedPerson> _byId;
    private readonly Dictionary<string, List<SeedPerson>> _byName = new(StringComparer.Ordinal);

    public PeopleDirectory(IReadOnlyList<SeedPerson> people)
    {
        People = people;
        _byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var person in people)
        {
            foreach (var name in person.Variants.Prepend(person.Name).Distinct(StringComparer.Ordinal))
            {
                if (!_byName.TryGetValue(name, out var claimants))
                {
                    _byName[name] = claimants = [];
                }

                claimants.Add(person);
            }
        }
    }

    public static PeopleDirectory Empty { get; } = new([]);

    /// <summary>Every entry, in the file's order.</summary>
    public IReadOnlyList<SeedPerson> People { get; }

    public SeedPerson? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The person of an author slot that names none, by its printed name; null when no entry claims the name.
    /// A name two entries claim must be assigned on the paper, so that is a problem at the slot's line.</summary>
    public string? Claimant(string name, string displayPath, int line, List<SeedProblem> problems)
    {
        if (!_byName.TryGetValue(name, out var claimants))
        {
            return null;
        }

        if (claimants.Count > 1)
        {
            var entries = string.Join(" and ", claimants.Select(p => $"'{p.Id}' ({p.File}:{p.Line})"));
            problems.Add(new(displayPath, line,
                $"author '{name}' is claimed by {entries} in people.yaml; say which person this is with {{name: {name}, person: <id>}}"));
            return null;
        }

        return claimants[0].Id;
    }

    /// <summary>Warnings for entries no paper is by, and for spellings no paper prints: most likely typing mistakes.</summary>
    public IEnumerable<SeedProblem> Unclaimed(IEnumerable<SeedAuthor> slots)
    {
        var used = slots.Where(s => s.Person is not null).Select(s => (s.Person!, s.Name)).ToHashSet();
        var usedIds = used.Select(u => u.Item1).ToHashSet(StringComparer.Ordinal);
        foreach (var person in People)
        {
            if (!usedIds.Contains(person.Id))
            {
                yield return new(person.File, person.Line, $"person '{person.Id}' is on no paper of the catalog", ProblemSeverity.Warning);
                continue;
            }

            foreach (var variant in person.Variants.Where(v => !used.Contains((person.Id, v))))
            {
                yield return new(person.File, person.Line, $"no paper prints '{variant}', a spelling of '{person.Id}'", ProblemSeverity.Warning);
            }
        }
    }

    /// <summary>The closest id to an unknown one, for "did you mean".</summary>
    public string? Suggest(string id) =>
        _byId.Keys.Select(k => (Key: k, Distance: EditDistance.Between(k, id)))
            .Where(x => x.Distance <= Math.Max(1, x.Key.Length / 3))
            .OrderBy(x => x.Distance).ThenBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => x.Key)
            .FirstOrDefault();
}
