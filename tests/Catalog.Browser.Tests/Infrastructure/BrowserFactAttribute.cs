namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>A test that needs Chromium: skipped when it is missing, unless CI=true, where it runs and fails saying how
/// to install it.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = Prerequisites.SkipReason(Prerequisites.MissingChromium);
    }
}
