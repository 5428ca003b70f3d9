using System.CommandLine;
using Catalog.Data.Import;
using Catalog.Web.Hosting;
using Catalog.Web.Settings;
using Microsoft.Extensions.Options;

namespace Catalog.Web.Commands;

/// <summary><c>import [--seeds DIR] [--db FILE]</c>: imports the seeds and exits, 0 with a summary or 1 with every problem.
/// It builds a host of the settings alone, not the site: nothing it would serve is needed to import.</summary>
public static class ImportCommand
{
    public static Command Create(Func<ParseResult, string[]> hostArguments)
    {
        var command = new Command("import", "Imports the seeds into the catalog file and exits: 0 with a summary, or 1 with every problem on stderr (the previous catalog is then unchanged).");
        command.SetAction(parsed =>
        {
            try
            {
                using var host = CatalogHostingExtensions.CreateSettingsBuilder(hostArguments(parsed)).AddCatalogSettings().Build();
                host.ValidateSettings();
                return Run(host.Services.GetRequiredService<IOptions<CatalogOptions>>().Value);
            }
            catch (Exception ex) when (CatalogCommandLine.IsBadSetting(ex))
            {
                Console.Error.WriteLine($"Bad setting: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

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
