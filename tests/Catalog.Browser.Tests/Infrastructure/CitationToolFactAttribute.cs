namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>A test that needs node and the citation readers from npm: skipped when they are missing, unless CI=true,
/// where it runs and fails saying what to install.</summary>
public sealed class CitationToolFactAttribute : FactAttribute
{
    public CitationToolFactAttribute()
    {
        Skip = Prerequisites.SkipReason(CitationTools.Missing);
    }
}
