using Catalog.Data.Store;

namespace Catalog.Web.Hosting;

/// <summary><c>import [--seeds DIR] [--db FILE]</c>: imports the seeds and exits, 0 with a summary or 1 with every problem.</summary>
public static class ImportCommand
{
    public const string Verb = "import";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Verb;

    public static int Run(CatalogOptions options)
    {
        var result = SeedImporter.Import(options.Seeds, options.Db);
        foreach (var problem in result.Problems)
        {
            Console.Error.WriteLine(problem);
        }

        if (!result.Succeeded)
        {
            var errors = result.Errors.Count();
            Console.Error.WriteLine($"Import failed with {errors} error{(errors == 1 ? "" : "s")}; the catalog at {options.Db} is unchanged.");
            return 1;
        }

        Console.WriteLine($"{result.Summary} Catalog: {options.Db}");
        return 0;
    }
}
