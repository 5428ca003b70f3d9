using Catalog.Data.Records;
using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>Each new paper file of a plan, read as the importer will read it once written, with the folder's people
/// (a name two people.yaml entries claim must say which person it is): its errors, reported at the entry of the input
/// it came from, so nothing is written that the import would refuse.</summary>
public static class PlannedPaperChecks
{
    public static List<(PlannedPaper Paper, SeedProblem Problem)> Errors(AddPlan plan, ExistingSeeds seeds)
    {
        var errors = new List<(PlannedPaper, SeedProblem)>();
        foreach (var paper in plan.New)
        {
            var (_, problems) = PaperFileReader.ReadText(PaperFileText.Of(paper.Record), paper.DisplayPath, seeds.People);
            foreach (var problem in problems.Where(p => p.IsError))
            {
                errors.Add((paper, new SeedProblem(paper.Path, paper.Record.Line, $"as {paper.DisplayPath}: {problem.Message}")));
            }
        }

        return errors;
    }
}
