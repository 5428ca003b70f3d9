using System.Web;
using Bunit;
using Catalog.Components.Search;
using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Query;
using CsCheck;
using Microsoft.Extensions.Primitives;

namespace Catalog.Components.Tests;

/// <summary>Any search request becomes a URL (<see cref="CatalogUrls"/>) that the results page reads back
/// (<see cref="SearchParameters.Read"/>) as the same request, and a results page's search form, submitted with new words,
/// asks for the same filters and sort: filters, sort, paging and text of any script survive both trips.</summary>
public sealed class SearchParametersRoundTripTests : BunitContext
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
        Gen.Int[0, 3],
        (query, authors, year, venue, subject, sort, page, flags) => new SearchRequest
        {
            Query = query is null ? null : SearchQueryParser.Limit(query).Trim(),
            Authors = [.. authors.Distinct()],
            Year = year,
            Venue = venue,
            Subject = subject,
            Sort = sort,
            Page = page,
            AllAuthors = (flags & 1) != 0,
            AllWords = (flags & 2) != 0,
        });

    [Fact]
    public void A_request_survives_the_trip_through_its_url() =>
        s_requests.Sample(request =>
        {
            var back = SearchParameters.Read(Values(CatalogUrls.Search(request)), SearchParameterSet.View);

            AssertSame(Normalized(request), back);
        }, iter: 2000);

    [Fact]
    public void An_export_or_feed_url_keeps_what_decides_the_results()
    {
        s_requests.Sample(request =>
        {
            var expected = Normalized(request) with { Page = 1, AllAuthors = false };
            foreach (var url in new[] { CatalogUrls.SearchBibTex(request), CatalogUrls.SearchRis(request), CatalogUrls.SearchCslJson(request), CatalogUrls.SearchFeed(request) })
            {
                AssertSame(expected, SearchParameters.Read(Values(url), SearchParameterSet.Results));
            }
        }, iter: 500);
    }

    [Fact]
    public void The_search_form_of_a_results_page_asks_again_with_its_filters_and_sort() =>
        s_requests.Sample(request =>
        {
            var form = Render<SearchBox>(p => p.Add(c => c.Query, request.Query).Add(c => c.Keep, request)).Find("form");
            var submitted = form.QuerySelectorAll("input[name]")
                .Select(input => $"{Uri.EscapeDataString(input.GetAttribute("name")!)}={Uri.EscapeDataString(input.GetAttribute("value") ?? "")}");

            var back = SearchParameters.Read(Values($"{form.GetAttribute("action")}?{string.Join('&', submitted)}"), SearchParameterSet.View);

            AssertSame(Normalized(request) with { Page = 1, AllAuthors = false, AllWords = false }, back);
        }, iter: 300);

    [Fact]
    public void Words_longer_than_the_parser_reads_are_cut_and_the_request_says_so()
    {
        var words = string.Concat(Enumerable.Repeat("scaling ", 100));

        var cut = SearchParameters.Read(Values($"/papers?q={Uri.EscapeDataString(words)}"), SearchParameterSet.View);
        var whole = SearchParameters.Read(Values("/papers?q=scaling"), SearchParameterSet.View);

        Assert.True(cut.QueryWasCut);
        Assert.Equal(SearchQueryParser.MaxLength, cut.Query!.Length);
        Assert.StartsWith("scaling scaling", cut.Query, StringComparison.Ordinal);
        Assert.False(whole.QueryWasCut);
    }

    /// <summary>The request as a URL can hold it: no words is null words.</summary>
    private static SearchRequest Normalized(SearchRequest request) =>
        request with { Query = string.IsNullOrEmpty(request.Query) ? null : request.Query, AllWords = request.AllWords && !string.IsNullOrEmpty(request.Query) };

    /// <summary>Equal field by field (a record compares its author list by reference).</summary>
    private static void AssertSame(SearchRequest expected, SearchRequest actual)
    {
        Assert.Equal(expected.Query, actual.Query);
        Assert.Equal(expected.Authors, actual.Authors);
        Assert.Equal(expected.Year, actual.Year);
        Assert.Equal(expected.Venue, actual.Venue);
        Assert.Equal(expected.Subject, actual.Subject);
        Assert.Equal(expected.Sort, actual.Sort);
        Assert.Equal(expected.Page, actual.Page);
        Assert.Equal(expected.Size, actual.Size);
        Assert.Equal(expected.AllAuthors, actual.AllAuthors);
        Assert.Equal(expected.AllWords, actual.AllWords);
    }

    private static Func<string, StringValues> Values(string url)
    {
        var values = HttpUtility.ParseQueryString(new Uri(new Uri("http://catalog.test"), url).Query);
        return name => values.GetValues(name) is { } found ? new StringValues(found) : StringValues.Empty;
    }
}
