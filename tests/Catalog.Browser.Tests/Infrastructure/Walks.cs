namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>Tests that walk through pages as a visitor does. They share one server and one Chromium, and run beside
/// <see cref="Audits"/>, which has its own: two collections keep both cores busy.</summary>
[CollectionDefinition(Name)]
public sealed class Walks : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Walks";
}
