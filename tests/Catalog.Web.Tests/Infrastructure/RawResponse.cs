namespace Catalog.Web.Tests.Infrastructure;

/// <summary>One answer as it came over the socket.</summary>
public sealed record RawResponse(int Status, IReadOnlyList<(string Name, string Value)> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;
}
