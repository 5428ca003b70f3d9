using System.Net;
using Catalog.Web.Tests.Infrastructure;

namespace Catalog.Web.Tests;

public sealed class AuthorFileRedirectTests(RealSeedsCatalog catalog) : IClassFixture<RealSeedsCatalog>
{
    [Theory]
    [InlineData("/authors/carlos-riquelme-ruiz.bib", "/authors/carlos-riquelme.bib")]
    [InlineData("/authors/carlos-riquelme-ruiz.ris", "/authors/carlos-riquelme.ris")]
    [InlineData("/authors/carlos-riquelme-ruiz.atom", "/authors/carlos-riquelme.atom")]
    public async Task A_spellings_slug_moves_to_its_persons_file(string url, string target)
    {
        using var client = catalog.CreatePageClient();

        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(target, response.Headers.Location?.OriginalString);
    }
}
