using Catalog.Components;
using Catalog.Data.Search;
using Catalog.Web.Components;
using CsCheck;
using Microsoft.AspNetCore.WebUtilities;

namespace Catalog.Web.Tests.Hosting;

/// <summary>Any search request becomes a URL (CatalogUrls) that the results page reads back (QueryValues, as the page
/// binds it) as the same request: filters, sort, paging and text of any script survive the trip.</summary>
public sealed class SearchUrlRoundTripTests
{
    private static readonly Gen<string> s_text = Gen.OneOf(
        Gen.Char["abcdefghij XYZ-_.\"*()&=+%#?/'’ç日本語λ"].Array[1, 40].Select(c => new string(c)),
        Gen.Int[0x20, 0xD7FF].Array[1, 12].Select(points => string.Concat(points.Select(char.ConvertFromUtf32))))
        .Select(text => text.Trim())
        .Where(text => text.Length > 0 && !text.Any(char.IsControl));

    private static readonly Gen<SearchRequest> s_requests = Gen.Select(
        s_text.Null(0.3),
        s_text.Array[0, 3],
        Gen.Int[1, 9999].Nullable(0.5),
        s_text.Null(0.6),
        s_text.Null(0.6),
        Gen.Enum<SearchSort>().Nullable(0.5),
        Gen.OneOf(Gen.Const(1), Gen.Int[1, int.MaxValue]),
        Gen.Bool,
        (query, authors, year, venue, subject, sort, page, all) => new SearchRequest
        {
            Query = query is null ? null : SearchQueryParser.Limit(query).Trim(),
            Authors = [.. authors.Distinct()],
            Year = year,
            Venue = venue,
            Subject = subject,
            Sort = sort,
            Page = page,
            AllAuthors = all,
        });

    [Fact]
    public void A_request_survives_the_trip_through_its_url() =>
        s_requests.Sample(request =>
        {
            var url = CatalogUrls.Search(request);
            var values = QueryHelpers.ParseQuery(new Uri(new Uri("http://catalog.test"), url).Query);
            string? One(string name) => values.TryGetValue(name, out var v) ? v.ToString() : null;

            var back = QueryValues.Search(One("q"), values.TryGetValue("author", out var a) ? [.. a] : null, One("year"), One("venue"), One("subject"), One("sort"), One("page"), One("more"));

            Assert.Equal(string.IsNullOrEmpty(request.Query) ? null : request.Query, back.Query);
            Assert.Equal(request.Authors, back.Authors);
            Assert.Equal(request.Year, back.Year);
            Assert.Equal(request.Venue, back.Venue);
            Assert.Equal(request.Subject, back.Subject);
            Assert.Equal(request.Sort, back.Sort);
            Assert.Equal(request.Page, back.Page);
            Assert.Equal(request.AllAuthors, back.AllAuthors);
        }, iter: 2000);
}
