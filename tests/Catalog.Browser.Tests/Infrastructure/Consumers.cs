namespace Catalog.Browser.Tests.Infrastructure;

/// <summary>Tests that read the app's files with the programs that consume them (reference managers' parsers, feed
/// readers). They need the server only, not Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class Consumers : ICollectionFixture<ConsumerServer>
{
    public const string Name = "Consumers";
}
