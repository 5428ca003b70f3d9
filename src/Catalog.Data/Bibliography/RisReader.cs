using System.Text.RegularExpressions;
using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>Reads RIS, as Zotero, EndNote, Mendeley and publishers write it: "TG  - value" lines, a record from TY to ER,
/// a line without a tag continuing the value above it. Title TI or T1; authors AU or A1 ("Family, Given[, Suffix]");
/// date DA, else PY or Y1 ("2023/02/10/"); venue T2, JO, JF, BT, JA or J2; DO, UR, L1, KW (only when asked) and AB or N2.
/// A tag the RIS specification does not define is reported and ignored.</summary>
public static partial class RisReader
{
    private static readonly HashSet<string> s_known = new(StringComparer.Ordinal)
    {
        "TY", "A1", "A2", "A3", "A4", "AB", "AD", "AN", "AU", "AV", "BT", "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "CA",
        "CN", "CP", "CT", "CY", "DA", "DB", "DO", "DP", "ED", "EP", "ER", "ET", "ID", "IS", "J1", "J2", "JA", "JF", "JO", "KW",
        "L1", "L2", "L3", "L4", "LA", "LB", "LK", "M1", "M2", "M3", "N1", "N2", "NV", "OP", "PB", "PP", "PY", "RI", "RN", "RP",
        "SE", "SN", "SP", "ST", "T1", "T2", "T3", "TA", "TI", "TT", "U1", "U2", "U3", "U4", "U5", "UR", "VL", "VO", "Y1", "Y2",
    };

    public static BibliographyRead Read(string text, string path, BibliographyOptions options)
    {
        var problems = new List<SeedProblem>();
        var papers = new List<ImportedPaper>();
        List<(string Tag, string Value, int Line)>? record = null;
        var recordLine = 0;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var number = i + 1;
            var match = TagLine().Match(line);
            if (!match.Success)
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                if (record is { Count: > 0 })
                {
                    var last = record[^1];
                    record[^1] = last with { Value = $"{last.Value} {line.Trim()}" };
                }
                else
                {
                    problems.Add(new(path, number, $"expected a RIS line, \"TY  - JOUR\" (a tag, two spaces, '-', a space, the value), found '{Shorten(line)}'"));
                }

                continue;
            }

            var tag = match.Groups["tag"].Value;
            var value = match.Groups["value"].Value.Trim();
            if (tag == "TY")
            {
                if (record is not null)
                {
                    problems.Add(new(path, recordLine, "this record has no ER line; a new TY starts at line " + number));
                }

                record = [];
                recordLine = number;
                continue;
            }

            if (record is null)
            {
                problems.Add(new(path, number, $"'{tag}' outside a record; a record starts with a TY line"));
                continue;
            }

            if (tag == "ER")
            {
                if (Paper(record, path, recordLine, problems, options) is { } paper)
                {
                    papers.Add(paper);
                }

                record = null;
                continue;
            }

            if (!s_known.Contains(tag))
            {
                problems.Add(new(path, number, $"'{tag}' is not a RIS tag; ignored", ProblemSeverity.Warning));
                continue;
            }

            record.Add((tag, value, number));
        }

        if (record is not null)
        {
            problems.Add(new(path, recordLine, "this record is not closed: an 'ER  - ' line is missing before the end of the file"));
        }

        return new BibliographyRead(papers, problems);
    }

    private static ImportedPaper? Paper(List<(string Tag, string Value, int Line)> record, string path, int line, List<SeedProblem> problems, BibliographyOptions options)
    {
        string? First(params string[] tags) =>
            tags.Select(t => record.FirstOrDefault(r => r.Tag == t && r.Value.Length > 0).Value).FirstOrDefault(v => v is not null);
        IEnumerable<(string Tag, string Value, int Line)> All(params string[] tags) => record.Where(r => tags.Contains(r.Tag) && r.Value.Length > 0);

        var fields = new ImportedFields(path, line, problems)
        {
            Key = First("ID"),
            Title = First("TI", "T1"),
            Venue = First("T2", "JO", "JF", "BT", "JA", "J2"),
            Doi = First("DO"),
            Abstract = First("AB", "N2"),
        };
        foreach (var author in All("AU", "A1"))
        {
            fields.Authors.Add(Name(author.Value));
        }

        fields.Date = Date(record, fields);
        var urls = All("UR").SelectMany(u => u.Value.Split((char[])[' ', '\n', ';'], StringSplitOptions.RemoveEmptyEntries)).ToList();
        fields.Url = urls.FirstOrDefault();
        fields.Arxiv = urls.Select(ArxivIds.FromUrl).FirstOrDefault(a => a is not null) ?? ArxivIds.InText(First("M1", "N1", "AN", "VL"));
        fields.Pdf = All("L1").Select(p => p.Value).FirstOrDefault(p => p.StartsWith("http", StringComparison.OrdinalIgnoreCase));
        if (options.Keywords)
        {
            fields.Subjects.AddRange(All("KW").Select(k => k.Value));
        }

        return fields.ToPaper();
    }

    private static PaperDate? Date(List<(string Tag, string Value, int Line)> record, ImportedFields fields)
    {
        PaperDate? best = null;
        foreach (var (tag, value, at) in record.Where(r => r.Tag is "DA" or "PY" or "Y1" && r.Value.Length > 0))
        {
            if (BibliographyDates.TryParse(value, out var date))
            {
                // PY is often the year alone and DA the full date: the more precise one of the same year wins.
                if (best is not { } known || (known.Year == date.Year && Precision(date) > Precision(known)))
                {
                    best = date;
                }
            }
            else
            {
                fields.Warning(at, $"{tag} '{value}' is not a date RIS writes (YYYY, YYYY/MM/DD/); left out");
            }
        }

        return best;
    }

    private static int Precision(PaperDate date) => date.Day is not null ? 3 : date.Month is not null ? 2 : 1;

    /// <summary>"Family, Given" or "Family, Given, Suffix"; a name without a comma is taken as printed.</summary>
    internal static ImportedName Name(string value)
    {
        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts[1].Length == 0)
        {
            var name = value.Trim();
            return new ImportedName(name, parts.Length == 1 && !name.Contains(' ', StringComparison.Ordinal) ? name : null);
        }

        var suffix = parts.Length > 2 ? " " + string.Join(' ', parts[2..]) : "";
        return new ImportedName($"{parts[1]} {parts[0]}{suffix}".Trim(), parts[0]);
    }

    private static string Shorten(string line) => line.Length > 40 ? line[..40] + "…" : line;

    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9])  -(?: (?<value>.*))?$")]
    private static partial Regex TagLine();
}
