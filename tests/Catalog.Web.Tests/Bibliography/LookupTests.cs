using Catalog.Data.Bibliography;
using Catalog.Data.Import;
using Catalog.Web.Commands;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Bibliography;

/// <summary>add with identifiers: the real lookup client against a local server that answers with arXiv's and Crossref's
/// recorded formats (Fixtures/lookup), so nothing leaves the machine.</summary>
public sealed class LookupTests
{
    private static LookupClient Client(RecordedApiServer server) =>
        new(server.ArxivApi, server.CrossrefApi) { Backoff = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task An_arXiv_id_and_an_arXiv_DOI_are_asked_of_arXiv_and_a_Crossref_DOI_of_Crossref()
    {
        await using var server = await RecordedApiServer.StartAsync();
        using var work = new AddWorkspace(withTenSeeds: false);

        var code = await work.AddAsync(new AddRequest(["arXiv:2302.05442", "doi:10.48550/arXiv.2302.05442", "doi:10.18653/v1/2024.acl-long.1"], work.Seeds) { Lookup = Client(server) });

        Assert.True(code == 0, work.Error + work.Output);
        Assert.Contains("doi:10.48550/arXiv.2302.05442:1: the same paper as arXiv:2302.05442:1 (same arXiv id 2302.05442); merged into it", work.Output, StringComparison.Ordinal);
        Assert.Equal(["/api/query?id_list=2302.05442&max_results=1", "/api/query?id_list=2302.05442&max_results=1", "/crossref/works/10.18653/v1/2024.acl-long.1"],
            server.Requests.Select(r => r.PathAndQuery));
        Assert.All(server.Requests, r => Assert.Equal(LookupClient.UserAgent, r.UserAgent));

        var papers = Catalog.Data.Seeds.SeedFolder.Open(work.Seeds).ParsePapers().Select(p => p.Paper!).ToList();
        var vit = papers.Single(p => p.Id == "2302.05442");
        Assert.Equal("Scaling Vision Transformers to 22 Billion Parameters", vit.Title);
        Assert.Equal(42, vit.Authors.Count);
        Assert.Equal(("Mostafa Dehghani", "Neil Houlsby"), (vit.Authors[0].Name, vit.Authors[^1].Name));
        Assert.Equal(("2023-02-10", "10.48550/arXiv.2302.05442", "https://arxiv.org/pdf/2302.05442"), (vit.Date.ToString(), vit.Doi, vit.Pdf));
        Assert.Equal(["cs.CV", "cs.AI", "cs.LG"], vit.Subjects);
        Assert.StartsWith("The scaling of Transformers has driven breakthrough capabilities", vit.AbstractMarkdown, StringComparison.Ordinal);
        var acl = papers.Single(p => p.Doi == "10.18653/v1/2024.acl-long.1");
        Assert.Equal(("zhang-2024-quantized-side-tuning", "2024", 8), (acl.Id, acl.Date.ToString(), acl.Authors.Count));
        Assert.Equal("Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)", acl.Venue);
        Assert.True(SeedImporter.Check(work.Seeds).Succeeded);
    }

    [Fact]
    public async Task A_paper_already_in_the_seeds_is_reported_and_nothing_is_written()
    {
        await using var server = await RecordedApiServer.StartAsync();
        using var work = new AddWorkspace();
        var before = work.Snapshot();

        Assert.Equal(0, await work.AddAsync(new AddRequest(["arXiv:2302.05442"], work.Seeds) { Lookup = Client(server) }));

        Assert.Contains("arXiv:2302.05442:1: already in the catalog as papers/2302.05442.md (same arXiv id 2302.05442)", work.Output, StringComparison.Ordinal);
        Assert.Equal(before, work.Snapshot());
    }

    [Fact]
    public async Task A_mailto_joins_the_user_agent()
    {
        await using var server = await RecordedApiServer.StartAsync();
        using var work = new AddWorkspace(withTenSeeds: false);
        var client = new LookupClient(server.ArxivApi, server.CrossrefApi) { Mailto = "ada@example.org" };

        Assert.Equal(0, await work.AddAsync(new AddRequest(["doi:10.18653/v1/2024.acl-long.1"], work.Seeds) { Lookup = client }));
        Assert.Equal("Catalog/1.0 (the catalog's add command; paper metadata for a seeds folder; mailto:ada@example.org)", Assert.Single(server.Requests).UserAgent);
    }

    [Fact]
    public async Task A_503_is_tried_again_with_a_pause_and_then_succeeds()
    {
        await using var server = await RecordedApiServer.StartAsync();
        server.FailFirst = 2;
        using var work = new AddWorkspace(withTenSeeds: false);

        Assert.Equal(0, await work.AddAsync(new AddRequest(["arXiv:2302.05442"], work.Seeds) { Lookup = Client(server) }));
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Unknown_identifiers_are_problems_with_the_identifier()
    {
        await using var server = await RecordedApiServer.StartAsync();
        using var work = new AddWorkspace(withTenSeeds: false);

        Assert.Equal(1, await work.AddAsync(new AddRequest(["arXiv:2399.99999", "doi:10.1234/not-there"], work.Seeds) { Lookup = Client(server) }));

        Assert.Contains("arXiv:2399.99999:1: arXiv has no paper 2399.99999", work.Error, StringComparison.Ordinal);
        Assert.Contains("doi:10.1234/not-there:1: Crossref has no work with this DOI (404)", work.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(work.Seeds));
    }

    [Fact]
    public async Task Without_the_network_the_message_says_so_after_the_retries()
    {
        using var work = new AddWorkspace(withTenSeeds: false);
        // Nothing listens on port 9 of the loopback address: connections are refused at once, as with no network.
        var client = new LookupClient(new Uri("http://127.0.0.1:9/api/"), new Uri("http://127.0.0.1:9/")) { Backoff = TimeSpan.FromMilliseconds(10) };

        Assert.Equal(1, await work.AddAsync(new AddRequest(["arXiv:2302.05442"], work.Seeds) { Lookup = client }));

        Assert.Contains("arXiv:2302.05442:1: could not reach arXiv at 127.0.0.1: ", work.Error, StringComparison.Ordinal);
        Assert.Contains("(is the network there?); tried 3 times. Without the network, add the paper from a file (.bib, .ris, .json)", work.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_times_out()
    {
        await using var server = await RecordedApiServer.StartAsync();
        server.Delay = TimeSpan.FromSeconds(30);
        using var work = new AddWorkspace(withTenSeeds: false);
        var client = new LookupClient(server.ArxivApi, server.CrossrefApi) { Timeout = TimeSpan.FromMilliseconds(200), Attempts = 2, Backoff = TimeSpan.FromMilliseconds(10) };

        Assert.Equal(1, await work.AddAsync(new AddRequest(["arXiv:2302.05442"], work.Seeds) { Lookup = client }));

        Assert.Contains("arXiv:2302.05442:1: arXiv at 127.0.0.1 did not answer within 0.2 s; tried 2 times.", work.Error, StringComparison.Ordinal);
    }
}
