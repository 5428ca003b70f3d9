using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Catalog.Data.Bibliography;
using Catalog.Data.Import;
using Catalog.Data.Records;
using Catalog.Data.Seeds;

namespace Catalog.Web.Commands;

/// <summary><c>add FILE... [--update] [--dry-run] [--keep-going] [--keywords]</c>: adds the papers of BibTeX, RIS,
/// CSL-JSON or arXiv Atom files, or of arXiv ids and DOIs looked up online, to the seeds: one paper file each and its line
/// in INDEX.md, as seeds-from-records writes them, then the import's checks. Nothing is written when an entry has an error
/// (unless --keep-going; --dry-run still lists the rest), a paper already in the seeds is reported (with --update, the fields it lacks are added), and
/// names that may be people of the catalog are reported with the people.yaml line that would say so.</summary>
public static partial class AddCommand
{
    public static Command Create(Func<ParseResult, string[]> hostArguments)
    {
        var sources = new Argument<string[]>("FILE")
        {
            Description = "Bibliography files (.bib, .ris, .json CSL-JSON, .atom or .xml from arXiv's API), or identifiers to look up: arXiv:2302.05442, doi:10.1145/3292500.3330701.",
            Arity = ArgumentArity.OneOrMore,
        };
        var update = new Option<bool>("--update") { Description = "For a paper already in the seeds, add the fields its file lacks (each change is listed)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "List what would be added and changed; write nothing." };
        var keepGoing = new Option<bool>("--keep-going") { Description = "Write the valid entries even when others have errors (they are reported)." };
        var keywords = new Option<bool>("--keywords") { Description = "Keywords become subjects too (arXiv categories always do)." };
        var arxivApi = new Option<string>("--arxiv-api") { Description = "arXiv's API, for arXiv: identifiers.", HelpName = "URL", DefaultValueFactory = _ => LookupClient.ArxivApi };
        var crossrefApi = new Option<string>("--crossref-api") { Description = "Crossref's API, for doi: identifiers.", HelpName = "URL", DefaultValueFactory = _ => LookupClient.CrossrefApi };
        var mailto = new Option<string>("--mailto") { Description = "An e-mail address to send in the User-Agent, as Crossref asks of polite clients.", HelpName = "ADDRESS" };
        var command = new Command("add", "Adds papers from BibTeX, RIS, CSL-JSON or arXiv Atom files, or arXiv ids and DOIs, to the seeds.")
        {
            sources, update, dryRun, keepGoing, keywords, arxivApi, crossrefApi, mailto,
        };
        command.SetAction(async (parsed, cancellation) =>
        {
            if (CommandSettings.Read(hostArguments(parsed)) is not { } settings)
            {
                return 1;
            }

            var request = new AddRequest(parsed.GetRequiredValue(sources), settings.Seeds)
            {
                Update = parsed.GetValue(update),
                DryRun = parsed.GetValue(dryRun),
                KeepGoing = parsed.GetValue(keepGoing),
                Options = new BibliographyOptions { Keywords = parsed.GetValue(keywords) },
                Lookup = new LookupClient(new Uri(parsed.GetRequiredValue(arxivApi)), new Uri(parsed.GetRequiredValue(crossrefApi))) { Mailto = parsed.GetValue(mailto) },
            };
            return await RunAsync(request, Console.Out, Console.Error, cancellation);
        });
        return command;
    }

    public static async Task<int> RunAsync(AddRequest request, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        var papers = new List<ImportedPaper>();
        var problems = new List<SeedProblem>();
        foreach (var source in request.Sources)
        {
            var file = Path.Combine(request.Folder ?? Directory.GetCurrentDirectory(), source);
            var read = !File.Exists(file) && LookupClient.IsIdentifier(source) && request.Lookup is { } lookup
                ? await lookup.ReadAsync(source, request.Options, cancellation)
                : BibliographyFileReader.Read(file, source, request.Options);
            papers.AddRange(read.Papers);
            problems.AddRange(read.Problems);
        }

        foreach (var problem in problems)
        {
            error.WriteLine(problem);
        }

        var errors = problems.Count(p => p.IsError);
        if (errors > 0 && !request.KeepGoing && !request.DryRun)
        {
            error.WriteLine(FormattableString.Invariant(
                $"Nothing was written: {errors} error{(errors == 1 ? "" : "s")} in the input (--keep-going writes the valid entries and reports the rest)."));
            return 1;
        }

        var seeds = ExistingSeeds.Read(request.Seeds);
        if (seeds.Problems.Count > 0)
        {
            foreach (var problem in seeds.Problems)
            {
                error.WriteLine(problem);
            }

            error.WriteLine($"Nothing was written: the INDEX.md of {Path.GetFullPath(request.Seeds)} cannot be read, so no paper can be listed in it.");
            return 1;
        }

        var plan = AddPlanner.Plan(seeds, papers, request.Update);
        var verb = request.DryRun ? "would add" : "adds";
        var lines = plan.Notes.Concat(plan.Names).Concat(plan.New.Select(p => $"{p.Location}: {verb} {p.DisplayPath}: {p.Record.Title}"));
        foreach (var line in lines.OrderBy(l => Located(l).Path, StringComparer.Ordinal).ThenBy(l => Located(l).Line))
        {
            output.WriteLine(line);
        }

        foreach (var change in plan.Updates.SelectMany(u => u.Changes))
        {
            output.WriteLine(request.DryRun ? change.Replace(": adds ", ": would add ", StringComparison.Ordinal) : change);
        }

        var refused = PlannedPaperChecks.Errors(plan, seeds);
        foreach (var (_, problem) in refused)
        {
            error.WriteLine(problem);
        }

        errors += refused.Count;
        if (refused.Count > 0 && !request.KeepGoing && !request.DryRun)
        {
            error.WriteLine(FormattableString.Invariant(
                $"Nothing was written: {refused.Count} new paper file{(refused.Count == 1 ? "" : "s")} would fail the import (--keep-going writes the others)."));
            return 1;
        }

        var refusedPapers = refused.Select(r => r.Paper).ToHashSet();
        plan = plan with { New = [.. plan.New.Where(p => !refusedPapers.Contains(p))] };
        var counts = FormattableString.Invariant($"{plan.New.Count} new paper{(plan.New.Count == 1 ? "" : "s")}, {plan.Updates.Count} changed");
        if (request.DryRun)
        {
            output.WriteLine(errors > 0 && !request.KeepGoing
                ? FormattableString.Invariant($"Dry run: nothing was written ({counts}); with {errors} error{(errors == 1 ? "" : "s")} in the input, add would write nothing unless --keep-going.")
                : $"Dry run: nothing was written ({counts}).");
            return errors > 0 ? 1 : 0;
        }

        if (plan.New.Count == 0 && plan.Updates.Count == 0)
        {
            output.WriteLine("Nothing to add.");
            return errors > 0 ? 1 : 0;
        }

        var written = SeedFolderWriter.Add(plan.Records, [.. plan.Updates.Select(u => u.Update)], request.Seeds, "Papers");
        if (written.Count > 0)
        {
            foreach (var problem in written)
            {
                error.WriteLine(problem);
            }

            return 1;
        }

        var check = SeedImporter.Check(request.Seeds);
        foreach (var problem in check.Problems)
        {
            error.WriteLine(problem);
        }

        output.WriteLine(FormattableString.Invariant(
            $"Wrote {counts} to {Path.GetFullPath(request.Seeds)}; the import's checks {(check.Succeeded ? "pass" : "fail")}: {check.Papers} papers by {check.Authors} people."));
        return errors > 0 || !check.Succeeded ? 1 : 0;
    }

    /// <summary>The file and line a line of the report starts with ("refs.bib:12: ..."), to print them in input order.</summary>
    private static (string Path, int Line) Located(string line)
    {
        var match = LocationPrefix().Match(line);
        return match.Success ? (match.Groups[1].Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)) : (line, 0);
    }

    [GeneratedRegex(@"^(.*?):(\d+): ")]
    private static partial Regex LocationPrefix();
}
