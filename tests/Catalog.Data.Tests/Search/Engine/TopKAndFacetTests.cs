using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Collectors;
using Catalog.Data.Search.Engine.Index;
using Catalog.Data.Search.Engine.Query;
using CsCheck;

namespace Catalog.Data.Tests.Search.Engine;

/// <summary>The engine's fast paths against the plain algorithms on random queries and filters: the block-max top k
/// equals a full sort of every match's score for any k, and the facet counts equal a plain count over all matches.</summary>
public sealed class TopKAndFacetTests(EngineCorpus corpus) : IClassFixture<EngineCorpus>
{
    [Fact]
    public void TopKSkippingNeverDropsABetterPaper()
    {
        var index = corpus.Engine.Index;
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[1, 60]).Sample((seed, k) =>
        {
            var query = SearchQueryParser.Parse(QueryText.Make(corpus, new Random(seed)));
            var plan = QueryPlan.Create(index, query);
            var matches = corpus.Engine.Matches(plan, new EngineQuery { Query = query });
            var fast = TopKCollector.Collect(matches, new ClauseScorer(plan.Scored, index.Columns.LengthNorms), k);
            var plain = PlainTopK.CollectAll(matches, new ClauseScorer(plan.Scored, index.Columns.LengthNorms), k);
            Assert.Equal(plain, fast);
        }, iter: 1500);
    }

    [Fact]
    public void DeepPageSelectionEqualsAFullSort()
    {
        var index = corpus.Engine.Index;
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 200], Gen.Int[1, 40]).Sample((seed, skip, take) =>
        {
            var query = SearchQueryParser.Parse(QueryText.Make(corpus, new Random(seed)));
            var plan = QueryPlan.Create(index, query);
            var matches = corpus.Engine.Matches(plan, new EngineQuery { Query = query });
            var want = Math.Min(matches.Count, skip + take);
            var selected = want <= skip ? [] : TopKCollector.Select(matches, new ClauseScorer(plan.Scored, index.Columns.LengthNorms), skip, want);
            var plain = PlainTopK.CollectAll(matches, new ClauseScorer(plan.Scored, index.Columns.LengthNorms), want).Skip(skip);
            Assert.Equal(plain, selected);
        }, iter: 1500);
    }

    [Fact]
    public void FacetCountsEqualAPlainCountOverAllMatches()
    {
        var documents = corpus.Documents;
        var people = documents.SelectMany(d => d.PersonIds).Distinct().Order().ToArray();
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 6], Gen.Int[0, 4]).Sample((seed, filter, size) =>
        {
            var random = new Random(seed);
            var query = random.Next(4) == 0 ? ParsedQuery.Empty : SearchQueryParser.Parse(QueryText.Make(corpus, random));
            var person = people[random.Next(people.Length)];
            var engineQuery = new EngineQuery
            {
                Query = query,
                Year = filter == 1 ? 2001 + random.Next(3) : null,
                Venue = filter == 2 ? $"Venue {random.Next(4)}" : null,
                People = filter == 3 ? [person] : [],
                PeopleFacetSize = 1 + (size * 5),
                VenueFacetSize = 1 + size,
                SubjectFacetSize = 1 + size,
                Take = documents.Count,
            };
            var result = corpus.Engine.Search(engineQuery);
            var matched = result.RowIds.ToHashSet();
            var all = documents.Where(d => matched.Contains(d.RowId)).ToList();
            Assert.Equal(result.Total, all.Count);
            Assert.All(all, d => Assert.True((engineQuery.Year is null || d.Year == engineQuery.Year) && (engineQuery.Venue is null || d.Venue == engineQuery.Venue)
                && engineQuery.People.All(d.PersonIds.Contains)));

            Assert.Equal(
                all.Where(d => d.Year is not null).GroupBy(d => d.Year!.Value).OrderByDescending(g => g.Key).Select(g => (g.Key, (long)g.Count())),
                result.Facets.Years.Select(f => (f.Value, f.Count)));
            Assert.Equal(
                all.Where(d => d.Venue is not null).GroupBy(d => d.Venue!).Select(g => (g.Key, (long)g.Count()))
                    .OrderByDescending(v => v.Item2).ThenBy(v => v.Key, StringComparer.Ordinal).Take(engineQuery.VenueFacetSize),
                result.Facets.Venues.Select(f => (f.Value, f.Count)));
            Assert.Equal(
                all.SelectMany(d => d.PersonIds.Distinct()).GroupBy(p => p).Select(g => (g.Key, (long)g.Count()))
                    .OrderByDescending(p => p.Item2).ThenBy(p => p.Key).Take(engineQuery.PeopleFacetSize),
                result.Facets.People.Select(f => (f.Value, f.Count)));
            Assert.Equal(
                all.SelectMany(d => d.Subjects.Distinct()).GroupBy(s => s).Select(g => (g.Key, (long)g.Count()))
                    .OrderByDescending(s => s.Item2).ThenBy(s => s.Key, StringComparer.Ordinal).Take(engineQuery.SubjectFacetSize),
                result.Facets.Subjects.Select(f => (f.Value, f.Count)));
        }, iter: 500, threads: 1);
    }

    /// <summary>Any set of papers, of any density: small sets are counted paper by paper, large ones by their
    /// non-matches and people by value, and every way must give the plain count.</summary>
    [Fact]
    public void FacetCountsOfAnySetEqualAPlainCount()
    {
        var documents = corpus.Documents;
        var columns = corpus.Engine.Index.Columns;
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Double[0, 1], Gen.Int[1, 30]).Sample((seed, density, size) =>
        {
            var random = new Random(seed);
            var set = new DocSet(documents.Count);
            var members = Enumerable.Range(0, documents.Count).Where(_ => random.NextDouble() < density).ToList();
            members.ForEach(set.Add);
            var facets = FacetCollector.Collect(columns, set, set.Count, new EngineQuery { PeopleFacetSize = size, VenueFacetSize = size, SubjectFacetSize = size });
            var all = members.ConvertAll(d => documents[d]);
            Assert.Equal(
                all.Where(d => d.Year is not null).GroupBy(d => d.Year!.Value).OrderByDescending(g => g.Key).Select(g => (g.Key, (long)g.Count())),
                facets.Years.Select(f => (f.Value, f.Count)));
            Assert.Equal(
                all.Where(d => d.Venue is not null).GroupBy(d => d.Venue!).Select(g => (g.Key, (long)g.Count()))
                    .OrderByDescending(v => v.Item2).ThenBy(v => v.Key, StringComparer.Ordinal).Take(size),
                facets.Venues.Select(f => (f.Value, f.Count)));
            Assert.Equal(
                all.SelectMany(d => d.PersonIds.Distinct()).GroupBy(p => p).Select(g => (g.Key, (long)g.Count()))
                    .OrderByDescending(p => p.Item2).ThenBy(p => p.Key).Take(size),
                facets.People.Select(f => (f.Value, f.Count)));
            Assert.Equal(
                all.SelectMany(d => d.Subjects.Distinct()).GroupBy(s => s).Select(g => (g.Key, (long)g.Count()))
                    .OrderByDescending(s => s.Item2).ThenBy(s => s.Key, StringComparer.Ordinal).Take(size),
                facets.Subjects.Select(f => (f.Value, f.Count)));
        }, iter: 300);
    }

    [Fact]
    public void SortedPagesFollowTheStoresOrders()
    {
        var documents = corpus.Documents;
        var result = corpus.Engine.Search(new EngineQuery { Sort = SearchSort.Title, Skip = 5, Take = 7 });
        Assert.Equal(documents.OrderBy(d => d.Title, StringComparer.Ordinal).Skip(5).Take(7).Select(d => d.RowId), result.RowIds);
        var newest = corpus.Engine.Search(new EngineQuery { Take = 3 });
        Assert.Equal(documents.Select(d => d.RowId).Reverse().Take(3), newest.RowIds);
    }
}
