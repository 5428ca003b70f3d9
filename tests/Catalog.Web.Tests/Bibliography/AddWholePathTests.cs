using System.Net;
using Catalog.Components;
using Catalog.Data.Seeds;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Bibliography;

/// <summary>The whole path: a .bib of 20 papers (ACL 2024, as the ACL Anthology writes BibTeX: Fixtures/add) added to the
/// ten seeds, imported by the app at start, and each new paper is on its page, found by a search for its title, on its
/// first author's page, and in the BibTeX, RIS and CSL-JSON exports.</summary>
public sealed class AddWholePathTests
{
    [Fact]
    public async Task Twenty_added_papers_are_searchable_on_their_authors_pages_and_in_the_exports()
    {
        using var work = new AddWorkspace();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "add", "acl-2024-20.bib"), Path.Combine(work.Folder, "acl-2024-20.bib"));
        Assert.True(await work.AddAsync("acl-2024-20.bib") == 0, work.Error + work.Output);
        var added = SeedFolder.Open(work.Seeds).ParsePapers().Select(p => p.Paper!).Where(p => p.Id.Contains("-2024-", StringComparison.Ordinal)).ToList();
        Assert.Equal(20, added.Count);
        Assert.Equal(30, Catalog.Data.Import.SeedImporter.Check(work.Seeds).Papers);

        await using var catalog = new SeedsFolderCatalog(work.Seeds);
        using var client = catalog.CreateClient();
        foreach (var paper in added)
        {
            var link = $"href=\"{CatalogUrls.Paper(paper.Id)}\"";
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(CatalogUrls.Paper(paper.Id))).StatusCode);
            var results = await client.GetStringAsync($"/papers?q={Uri.EscapeDataString(paper.Title)}");
            Assert.Contains(link, results, StringComparison.Ordinal);
            var author = await client.GetStringAsync(CatalogUrls.Author(AuthorNames.Slug(paper.Authors[0].Name)));
            Assert.Contains(link, author, StringComparison.Ordinal);
            Assert.Contains($"doi = {{{paper.Doi}}}", await client.GetStringAsync(CatalogUrls.PaperBibTex(paper.Id)), StringComparison.Ordinal);
            Assert.Contains($"DO  - {paper.Doi}", await client.GetStringAsync(CatalogUrls.PaperRis(paper.Id)), StringComparison.Ordinal);
            Assert.Contains($"\"DOI\": \"{paper.Doi}\"", await client.GetStringAsync(CatalogUrls.PaperCslJson(paper.Id)), StringComparison.Ordinal);
        }

        var everything = await client.GetStringAsync("/papers.bib?q=Bangkok OR language OR the");
        Assert.Contains("10.18653/v1/2024.acl-long.1}", everything, StringComparison.Ordinal);
    }
}
