using Catalog.Data.Records;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests.Bibliography;

/// <summary>Two catalogs whose exports the round trip reads back: the repository's ten seeds, and 279 real records of the
/// committed samples (tests/Catalog.Data.Tests/Records/Samples: arXiv papers with TeX, accents and long author lists,
/// 25 whose author list names one string twice, 4 with 484 to 3,303 authors, ACL 2024 papers) written as seeds by seeds-from-records.</summary>
public sealed class RoundTripSeeds : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("catalog-round-trip-").FullName;

    public RoundTripSeeds()
    {
        var samples = Path.Combine(AddWorkspace.RepositoryRoot(), "tests", "Catalog.Data.Tests", "Records", "Samples");
        var records = new[] { "arxiv-sample.jsonl", "arxiv-repeated-names.jsonl", "arxiv-long-author-lists.jsonl", "acl-sample.jsonl" }
            .SelectMany(name => PaperRecordReader.Read(Path.Combine(samples, name), name));
        SampleSeeds = Path.Combine(_folder, "samples");
        var written = SeedFolderWriter.Write(records, SampleSeeds, new SeedWriteOptions { Name = "Samples" });
        if (!written.Succeeded)
        {
            throw new InvalidOperationException(string.Join('\n', written.Errors));
        }

        Ten = new RealSeedsCatalog();
        Samples = new SeedsFolderCatalog(SampleSeeds);
    }

    public string SampleSeeds { get; }

    public CatalogFactory Ten { get; }

    public CatalogFactory Samples { get; }

    /// <summary>A new empty folder for one test's seeds.</summary>
    public string NewFolder() => Directory.CreateDirectory(Path.Combine(_folder, $"out-{Guid.NewGuid():N}")).FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Ten.DisposeAsync();
        await Samples.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
