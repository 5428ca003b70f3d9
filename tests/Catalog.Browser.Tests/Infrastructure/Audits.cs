namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>Tests that audit each kind of page with a checker (axe, the Nu HTML Checker). They share one server and one
/// Chromium, and run beside <see cref="Walks"/>.</summary>
[CollectionDefinition(Name)]
public sealed class Audits : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Audits";
}
