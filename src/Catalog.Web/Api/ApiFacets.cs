namespace Catalog.Web.Api;

/// <summary>The results counted by author (person id), year, venue and subject, as the results page shows them.
/// MoreAuthors is true when more authors than those listed have results; more=authors lists up to 500.</summary>
public sealed record ApiFacets(IReadOnlyList<ApiFacetValue> Authors, bool MoreAuthors, IReadOnlyList<ApiFacetValue> Years,
    IReadOnlyList<ApiFacetValue> Venues, IReadOnlyList<ApiFacetValue> Subjects);
