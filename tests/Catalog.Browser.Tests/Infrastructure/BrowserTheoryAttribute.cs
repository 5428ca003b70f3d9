namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>The <see cref="BrowserFactAttribute"/> rule for a theory.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = Prerequisites.SkipReason(Prerequisites.MissingChromium);
    }
}
