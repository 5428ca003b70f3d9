namespace Catalog.Web.Tests.Infrastructure;

/// <summary>A test that needs node and citation-js from npm (<c>npm ci</c> in tests/Catalog.Web.Tests/CitationJs, which
/// .ci/run does): skipped when they are missing, unless CI=true, where it runs and fails saying what to install.</summary>
public sealed class CitationJsFactAttribute : FactAttribute
{
    public CitationJsFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") != "true" && CitationJs.Missing() is { } missing)
        {
            Skip = missing;
        }
    }
}
