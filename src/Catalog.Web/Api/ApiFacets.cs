namespace Catalog.Web.Api;

/// <summary>The results counted by author (person id), year, venue and subject, as the results page shows them.
/// MoreAuthors is true when more authors than those listed have results; more=authors lists up to 500.</summary>
/// <param name="Authors">Result counts by person (value: the person id).</param>
/// <param name="MoreAuthors">True when more authors have results than are listed.</param>
/// <param name="Years">Result counts by year.</param>
/// <param name="Venues">Result counts by venue.</param>
/// <param name="Subjects">Result counts by subject (arXiv category).</param>
public sealed record ApiFacets(IReadOnlyList<ApiFacetValue> Authors, bool MoreAuthors, IReadOnlyList<ApiFacetValue> Years,
    IReadOnlyList<ApiFacetValue> Venues, IReadOnlyList<ApiFacetValue> Subjects);
