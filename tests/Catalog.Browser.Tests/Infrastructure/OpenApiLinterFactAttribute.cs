namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>A test that needs node and Redocly's linter from npm: skipped when they are missing, unless CI=true, where
/// it runs and fails saying what to install.</summary>
public sealed class OpenApiLinterFactAttribute : FactAttribute
{
    public OpenApiLinterFactAttribute()
    {
        Skip = Prerequisites.SkipReason(OpenApiLinter.Missing);
    }
}
