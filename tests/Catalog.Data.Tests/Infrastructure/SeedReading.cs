using System.Diagnostics;
using Catalog.Data.Import;
using Catalog.Data.Seeds;

namespace Catalog.Data.Tests.Infrastructure;

/// <summary>Reads a seeds folder as the import does, with its own loop, but into a <see cref="CollectingWriter"/>:
/// nothing is written, and the tests see the papers and every problem an import would report, in its order.</summary>
public static class SeedReading
{
    public static SeedReadResult Read(string seedsDir)
    {
        var folder = SeedFolder.Open(seedsDir);
        using var writer = new CollectingWriter(folder.People);
        var result = SeedImporter.Check(folder, writer, Stopwatch.StartNew());
        return new SeedReadResult(writer.Catalog, result.Problems);
    }
}
