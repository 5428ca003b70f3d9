using System.Globalization;
using Catalog.Data.Records;
using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>Decides what adding papers to a seeds folder does. Entries of the input that are one paper (same arXiv id,
/// DOI, or title and year) are merged, the first one's fields winning; an entry that is a paper of the folder is
/// reported as already there, or, with <c>update</c>, gives the fields that paper lacks; every other entry becomes a new
/// paper with an id no file has (<see cref="RecordId.ForCitation"/>).</summary>
public static class AddPlanner
{
    public static AddPlan Plan(ExistingSeeds seeds, IEnumerable<ImportedPaper> papers, bool update)
    {
        var notes = new List<string>();
        var merged = MergeDuplicates(papers, notes);

        var existing = new Dictionary<string, ExistingPaper>(StringComparer.Ordinal);
        foreach (var paper in seeds.Papers)
        {
            foreach (var (key, _) in PaperKeys.Of(paper.Paper))
            {
                existing.TryAdd(key, paper);
            }
        }

        var planned = new List<PlannedPaper>();
        var updates = new Dictionary<string, (ExistingPaper Paper, List<(string, IReadOnlyList<string>)> Additions, string? Abstract, List<string> Changes)>(StringComparer.Ordinal);
        var assigned = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var paper in merged)
        {
            var match = PaperKeys.Of(paper).Select(k => (k.Why, Paper: existing.GetValueOrDefault(k.Key))).FirstOrDefault(m => m.Paper is not null);
            if (match.Paper is { } known)
            {
                if (!update)
                {
                    notes.Add($"{paper.Location}: already in the catalog as {known.DisplayPath} (same {match.Why}); --update adds the fields it lacks");
                    continue;
                }

                if (!updates.TryGetValue(known.DisplayPath, out var pending))
                {
                    updates[known.DisplayPath] = pending = (known, [], null, []);
                }

                var abstractText = Fill(known, paper, pending.Additions, pending.Changes, pending.Abstract);
                updates[known.DisplayPath] = pending with { Abstract = abstractText };
                if (pending.Changes.Count == 0)
                {
                    notes.Add($"{paper.Location}: already in the catalog as {known.DisplayPath} (same {match.Why}); it has every field this entry gives");
                }

                continue;
            }

            var first = paper.Authors[0];
            var id = RecordId.ForCitation(paper.Arxiv, first.Family ?? AuthorNames.FamilyOf(first.Name, null), paper.Date?.Year, paper.Title,
                candidate => seeds.IsTaken(candidate) || assigned.Contains(candidate));
            assigned.Add(id);
            planned.Add(new PlannedPaper(ToRecord(paper, id), paper.Path, paper.Location));
        }

        var planUpdates = updates.Values
            .Where(u => u.Changes.Count > 0)
            .Select(u => new PlannedUpdate(new SeedFileUpdate(u.Paper.File, u.Paper.DisplayPath, u.Additions, u.Abstract), u.Changes))
            .ToList();
        var names = NameMatches.Find(planned, seeds);
        return new AddPlan(planned, planUpdates, notes, names);
    }

    private static PaperRecord ToRecord(ImportedPaper paper, string id) =>
        new(id, paper.Title, [.. paper.Authors.Select(a => a.SeedForm)], paper.Date, paper.Venue, null,
            paper.Url ?? (paper.Arxiv is { } arxiv ? ArxivIds.AbsUrl(arxiv) : null), paper.Arxiv, paper.Abstract, paper.Line)
        {
            Doi = paper.Doi,
            Pdf = paper.Pdf,
            Subjects = paper.Subjects,
        };

    /// <summary>Entries of the input that are one paper become one, in the place of the first; each merge is a note.</summary>
    private static List<ImportedPaper> MergeDuplicates(IEnumerable<ImportedPaper> papers, List<string> notes)
    {
        var result = new List<ImportedPaper>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            var keys = PaperKeys.Of(paper).ToList();
            var match = keys.Select(k => (k.Why, Index: byKey.TryGetValue(k.Key, out var i) ? i : -1)).FirstOrDefault(m => m.Index >= 0);
            if (match.Why is not null)
            {
                var first = result[match.Index];
                notes.Add($"{paper.Location}: the same paper as {first.Location} (same {match.Why}); merged into it");
                result[match.Index] = Merge(first, paper);
                foreach (var (key, _) in PaperKeys.Of(result[match.Index]))
                {
                    byKey.TryAdd(key, match.Index);
                }

                continue;
            }

            foreach (var (key, _) in keys)
            {
                byKey.TryAdd(key, result.Count);
            }

            result.Add(paper);
        }

        return result;
    }

    /// <summary>The first entry, with what it lacks taken from the second.</summary>
    private static ImportedPaper Merge(ImportedPaper first, ImportedPaper second) => first with
    {
        Date = Precise(first.Date, second.Date),
        Venue = first.Venue ?? second.Venue,
        Doi = first.Doi ?? second.Doi,
        Arxiv = first.Arxiv ?? second.Arxiv,
        Url = first.Url ?? second.Url,
        Pdf = first.Pdf ?? second.Pdf,
        Subjects = first.Subjects.Count > 0 ? first.Subjects : second.Subjects,
        Abstract = first.Abstract.Length > 0 ? first.Abstract : second.Abstract,
    };

    /// <summary>Of two dates of one year, the more precise; the first otherwise.</summary>
    private static PaperDate? Precise(PaperDate? first, PaperDate? second) =>
        first is not { } a ? second
        : second is { } b && a.Year == b.Year && (b.Day is not null && a.Day is null || b.Month is not null && a.Month is null) ? b
        : a;

    /// <summary>Adds to <paramref name="additions"/> each field the seed lacks and the entry has; returns the abstract to
    /// add, if any.</summary>
    private static string? Fill(ExistingPaper known, ImportedPaper paper, List<(string, IReadOnlyList<string>)> additions, List<string> changes, string? pendingAbstract)
    {
        var seed = known.Paper;
        var has = additions.Select(a => a.Item1).ToHashSet(StringComparer.Ordinal);
        void Add(string key, string? seedValue, string? value)
        {
            if (seedValue is null && value is not null && !has.Contains(key))
            {
                additions.Add((key, [value]));
                has.Add(key);
                changes.Add($"{known.DisplayPath}: adds {key} '{value}' ({paper.Location})");
            }
        }

        Add("date", seed.Date?.ToString(), paper.Date?.ToString());
        Add("venue", seed.Venue, paper.Venue);
        Add("url", seed.Url, paper.Url);
        Add("arxiv", seed.Arxiv, paper.Arxiv);
        Add("doi", seed.Doi, paper.Doi);
        Add("pdf", seed.Pdf, paper.Pdf);
        if (seed.Subjects.Count == 0 && paper.Subjects.Count > 0 && !has.Contains("subjects"))
        {
            additions.Add(("subjects", paper.Subjects));
            changes.Add($"{known.DisplayPath}: adds subjects {string.Join(", ", paper.Subjects)} ({paper.Location})");
        }

        if (pendingAbstract is null && string.IsNullOrWhiteSpace(seed.AbstractMarkdown) && paper.Abstract.Length > 0)
        {
            changes.Add(string.Create(CultureInfo.InvariantCulture, $"{known.DisplayPath}: adds the abstract, {paper.Abstract.Length} characters ({paper.Location})"));
            return paper.Abstract;
        }

        return pendingAbstract;
    }
}
