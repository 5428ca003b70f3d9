using Catalog.Data.Import;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests;

/// <summary>A server whose seeds were broken since its last import starts, keeps its previous catalog and serves it.</summary>
public sealed class BrokenSeedsTests
{
    [Theory]
    [InlineData("quotes nested 300 deep")]
    [InlineData("YAML anchors used as keys")]
    [InlineData("a named pipe")]
    public async Task A_server_keeps_serving_its_previous_catalog_when_the_seeds_no_longer_import(string breakage)
    {
        await using var catalog = new BrokenSeedsCatalog();
        Assert.True(SeedImporter.Import(catalog.Seeds, catalog.Db).Succeeded);
        catalog.Break(breakage);

        using var page = await catalog.CreatePageClient().GetOkPageAsync("/papers/parallels");

        Assert.Equal("Intersection of Parallels as a Stopping Criterion", page.H1.TextContent);
    }

    private sealed class BrokenSeedsCatalog : CatalogFactory
    {
        public BrokenSeedsCatalog()
        {
            var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds");
            foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Seeds, Path.GetRelativePath(fixture, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        public override string Seeds => Path.Combine(TempFolder, "seeds");

        /// <summary>Breaks one paper file, written after the catalog so that the app imports again at start.</summary>
        public void Break(string breakage)
        {
            var paper = Path.Combine(Seeds, "papers", "dual-patchnorm.md");
            var text = File.ReadAllText(paper);
            File.Delete(paper);
            switch (breakage)
            {
                case "quotes nested 300 deep":
                    File.WriteAllText(paper, text + "\n" + new string('>', 300) + " deep\n");
                    break;
                case "YAML anchors used as keys":
                    File.WriteAllText(paper, "---\na: &z [x]\nb: { ? *z : 1, ? *z : 2 }\n" + text["---\n".Length..]);
                    break;
                default:
                    using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", paper))
                    {
                        mkfifo.WaitForExit();
                    }

                    break;
            }

            File.SetLastWriteTimeUtc(Path.Combine(Seeds, "INDEX.md"), DateTime.UtcNow.AddMinutes(1));
        }
    }
}
