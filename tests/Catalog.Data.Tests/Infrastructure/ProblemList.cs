using Catalog.Data.Import;

namespace Catalog.Data.Tests.Infrastructure;

/// <summary>Problems as a person reads them: <c>path:line: message</c>, one a line.</summary>
public static class ProblemList
{
    public static string[] Of(SeedReadResult result) => [.. result.Problems.Select(p => p.ToString())];

    public static string[] Of(ImportResult result) => [.. result.Problems.Select(p => p.ToString())];

    /// <summary>Reads a fixture seeds folder in place; fixtures that fail are never written to.</summary>
    public static SeedReadResult ReadFixture(string name) => SeedReading.Read(RepositoryPaths.Fixture(name));
}
