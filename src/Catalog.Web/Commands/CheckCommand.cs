using System.CommandLine;
using Catalog.Data.Import;
using Catalog.Data.Seeds;

namespace Catalog.Web.Commands;

/// <summary><c>check [--seeds DIR] [--format github] [--strict]</c>: the import's checks, the same loop over the same files,
/// with no catalog written. Exits 1 when the import would fail (any error), and with <c>--strict</c> on a warning too;
/// warnings alone (a paper without an abstract) exit 0 by default, since they do not stop an import. With
/// <c>--format github</c> each problem is a GitHub Actions annotation on its file and line.</summary>
public static class CheckCommand
{
    public static Command Create(Func<ParseResult, string[]> hostArguments)
    {
        var format = new Option<string>("--format")
        {
            Description = "text (default): file:line: message; github: GitHub Actions annotations, ::error file=...,line=...::message.",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "github");
        var strict = new Option<bool>("--strict") { Description = "Exit 1 on warnings too (a person on no paper, a paper without an abstract)." };
        var command = new Command("check", "Runs the import's checks on the seeds without writing a catalog: prints every problem; exits 1 when the import would fail.") { format, strict };
        command.SetAction(parsed => CommandSettings.Read(hostArguments(parsed)) is { } options
            ? Run(options.Seeds, parsed.GetValue(format) == "github", parsed.GetValue(strict), Console.Out)
            : 1);
        return command;
    }

    /// <param name="seeds">The seeds folder.</param>
    /// <param name="github">Print GitHub Actions annotations instead of file:line: message.</param>
    /// <param name="strict">Exit 1 on warnings too.</param>
    /// <param name="output">Where the problems and the summary go.</param>
    /// <param name="folder">What annotation paths are relative to: the checkout's root, the working folder when null.</param>
    public static int Run(string seeds, bool github, bool strict, TextWriter output, string? folder = null)
    {
        var result = SeedImporter.Check(seeds);
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(seeds))) ?? "";
        foreach (var problem in result.Problems)
        {
            output.WriteLine(github ? Annotation(problem, parent, folder ?? Directory.GetCurrentDirectory()) : problem.ToString());
        }

        var errors = result.Errors.Count();
        var warnings = result.Warnings.Count();
        output.WriteLine(result.Problems.Count == 0
            ? FormattableString.Invariant($"{result.Papers} papers by {result.Authors} people ({result.Names} name strings): no problems.")
            : FormattableString.Invariant($"{errors} error{(errors == 1 ? "" : "s")} and {warnings} warning{(warnings == 1 ? "" : "s")} in {Path.GetFullPath(seeds)}."));
        return errors > 0 || !result.Succeeded || (strict && warnings > 0) ? 1 : 0;
    }

    /// <summary>"::error file=seeds/papers/x.md,line=3::message", the file relative to the working folder, as GitHub
    /// Actions wants it (the checkout's root); '%', ':' and ',' escaped where the syntax needs it.</summary>
    public static string Annotation(SeedProblem problem, string seedsParent, string folder)
    {
        var file = Path.GetRelativePath(folder, Path.Combine(seedsParent, problem.Path)).Replace('\\', '/');
        var kind = problem.IsError ? "error" : "warning";
        return FormattableString.Invariant($"::{kind} file={Property(file)},line={problem.Line}::{Data(problem.Message)}");
    }

    private static string Data(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
