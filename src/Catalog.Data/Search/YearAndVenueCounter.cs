using System.Data;
using System.Globalization;
using Catalog.Data.Store;
using Dapper;

namespace Catalog.Data.Search;

/// <summary>Counts the results by year and by venue in one pass over the matches, reading nothing but their rowids: a
/// rowid holds its paper's year and venue (<see cref="PaperRowIds"/>). SQLite groups the matches by bucket, one row
/// per year and venue that occurs; the buckets are then added up by year and by venue.</summary>
internal static class YearAndVenueCounter
{
    /// <summary>Years newest first; the <paramref name="venueLimit"/> venues with the most results, ties by name.</summary>
    public static (List<FacetValue> Years, List<FacetValue> Venues) Count(IDbConnection connection, MatchScope scope, int venueLimit)
    {
        var buckets = connection.Query<(long Bucket, long Count)>(
            $"SELECT {scope.RowId} >> {PaperRowIds.BucketShift} AS bucket, count(*) {scope.From(withPapers: false)} GROUP BY bucket",
            scope.Parameters).AsList();

        var years = buckets
            .Select(b => (Year: PaperRowIds.YearOf(b.Bucket), b.Count))
            .Where(b => b.Year is not null)
            .GroupBy(b => b.Year!.Value, b => b.Count)
            .OrderByDescending(g => g.Key)
            .Select(g =>
            {
                var year = g.Key.ToString(CultureInfo.InvariantCulture);
                return new FacetValue(year, year, g.Sum());
            })
            .ToList();

        var venueCounts = buckets
            .Select(b => (Venue: PaperRowIds.VenueOf(b.Bucket), b.Count))
            .Where(b => b.Venue != 0)
            .GroupBy(b => b.Venue, b => b.Count)
            .ToDictionary(g => g.Key, g => g.Sum());
        var names = venueCounts.Count == 0 ? [] : connection.Query<(long Id, string Name)>(
            "SELECT id, name FROM venues WHERE id IN @ids", new { ids = venueCounts.Keys }).ToDictionary(v => (int)v.Id, v => v.Name);
        var venues = venueCounts
            .Select(v => new FacetValue(names[v.Key], names[v.Key], v.Value))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal)
            .Take(venueLimit)
            .ToList();
        return (years, venues);
    }
}
