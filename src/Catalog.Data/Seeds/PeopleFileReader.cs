using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Catalog.Data.Seeds;

/// <summary>Reads people.yaml: a list of people, each with an id, a name, and optionally variants, an ORCID iD and a
/// family name. Every problem is reported with its line; an entry with problems is left out, so the import fails.</summary>
internal static partial class PeopleFileReader
{
    public const string FileName = "people.yaml";

    private static readonly string[] s_keys = ["id", "name", "variants", "orcid", "family"];

    /// <summary>The folder's people.yaml when it has one; without it every name string is a person of its own.</summary>
    public static PeopleDirectory Read(string root, SeedFileReader reader, DisplayPaths display, List<SeedProblem> problems)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null)
        {
            return PeopleDirectory.Empty;
        }

        var text = reader.ReadText(path, display.Of(path), SeedFileReader.MaxListBytes, problems);
        return text is null ? PeopleDirectory.Empty : new PeopleDirectory(Parse(text, display.Of(path), problems));
    }

    private static List<SeedPerson> Parse(string text, string displayPath, List<SeedProblem> problems)
    {
        var people = new List<SeedPerson>();
        var root = SeedYaml.Load(text, displayPath, 0, problems);
        if (root is null)
        {
            return people;
        }

        if (root is not YamlSequenceNode list)
        {
            problems.Add(new(displayPath, SeedYaml.LineOf(root, 0),
                "people.yaml must be a list of people, each starting '- id: ...' with a 'name:' below it"));
            return people;
        }

        var firstUse = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (Entry(item, displayPath, problems) is not { } person)
            {
                continue;
            }

            if (firstUse.TryGetValue(person.Id, out var first))
            {
                problems.Add(new(displayPath, person.Line, $"duplicate person id '{person.Id}'; line {first} already uses it"));
                continue;
            }

            firstUse[person.Id] = person.Line;
            people.Add(person);
        }

        return people;
    }

    private static SeedPerson? Entry(YamlNode item, string displayPath, List<SeedProblem> problems)
    {
        var line = SeedYaml.LineOf(item, 0);
        if (item is not YamlMappingNode fields)
        {
            problems.Add(new(displayPath, line, "each person must be keys and values: '- id: ...', 'name: ...'"));
            return null;
        }

        var errorsBefore = problems.Count(p => p.IsError);
        var reader = new FrontMatterReader(fields, displayPath, 0, problems, line);
        reader.CheckKeys(s_keys);
        var id = reader.RequiredText("id");
        if (id is not null && (id.Length > 100 || !IdPattern().IsMatch(id)))
        {
            reader.Problem("id", $"person id '{id}' may only hold lower-case letters, digits and single '-' between them (at most 100), since it is the person's URL");
        }

        var name = reader.RequiredText("name") is { } rawName ? AuthorNames.Normalize(rawName) : null;
        var variants = reader.TextList("variants")?.Select(AuthorNames.Normalize).ToList() ?? [];
        var orcid = reader.OptionalText("orcid");
        if (orcid is not null && !Orcid.IsValid(orcid))
        {
            reader.Problem("orcid", $"'{orcid}' is not a valid ORCID iD; expected four groups of four digits such as 0000-0002-1825-0097, the last one a checksum (0-9 or X)");
        }

        var family = reader.OptionalText("family");
        if (problems.Count(p => p.IsError) > errorsBefore || id is null || name is null)
        {
            return null;
        }

        return new SeedPerson(id, name, [.. variants.Where(v => v != name).Distinct(StringComparer.Ordinal)], orcid, family, displayPath, reader.LineOf("id"));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
