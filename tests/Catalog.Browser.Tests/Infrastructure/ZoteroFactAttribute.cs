namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>A test that needs Zotero's translation-server: skipped when it is not installed, unless CI=true, where it
/// runs and fails saying how to install it.</summary>
public sealed class ZoteroFactAttribute : FactAttribute
{
    public ZoteroFactAttribute()
    {
        Skip = Prerequisites.SkipReason(ZoteroTranslationServer.Missing);
    }
}
