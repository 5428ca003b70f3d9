namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>A test that needs Java and the Nu HTML Checker from npm: skipped when either is missing, unless CI=true,
/// where it runs and fails saying what to install.</summary>
public sealed class HtmlCheckerFactAttribute : FactAttribute
{
    public HtmlCheckerFactAttribute()
    {
        Skip = Prerequisites.SkipReason(Prerequisites.MissingHtmlChecker);
    }
}
