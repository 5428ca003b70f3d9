using System.Text;
using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Query;
using Catalog.Data.Tests.Infrastructure;
using CsCheck;

namespace Catalog.Data.Tests.Properties;

/// <summary>No query text makes the parser or the search throw: random Unicode, and random sequences of the search
/// syntax, FTS5's own operators and SQL, with any filters, sort and page.</summary>
public sealed class SearchQueryProperties(RealCatalogFixture catalog) : IClassFixture<RealCatalogFixture>
{
    private static readonly string[] s_tokens =
    [
        "scaling", "vision", "transformer*", "\"", "\"language models\"", "-", "-vision", "OR", "AND", "NOT", "NEAR(", ")", "(", "*", "^", ":",
        "title:", "{", "}", "'", "' OR 1=1 --", ";", "DROP", "%", "_", "\\", "\u0000", "\uFFFF", "\uD800", "ﬁ", "Lučić", "日本", "🙂", "  ", "\t",
    ];

    private static readonly Gen<string> s_queries = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 700].Select(c => new string(c)),
        Gen.Int[0, s_tokens.Length - 1].Array[0, 40].Select(t => string.Join(' ', t.Select(i => s_tokens[i]))),
        Gen.Int[0, s_tokens.Length - 1].Array[0, 40].Select(t => string.Concat(t.Select(i => s_tokens[i]))));

    [Fact]
    public void The_parser_takes_any_text() =>
        s_queries.Sample(query =>
        {
            var parsed = SearchQueryParser.Parse(query);
            Assert.True(parsed.Required.Count + parsed.Excluded.Count <= SearchQueryParser.MaxTerms);
        }, iter: 5000);

    [Fact]
    public void The_search_answers_any_text_with_any_filters() =>
        Gen.Select(s_queries, Gen.Enum<SearchSort>().Nullable(), Gen.Int[1, 5], Gen.Int[1990, 2030].Nullable(0.7))
            .Sample((query, sort, page, year) =>
            {
                var result = catalog.Search.Search(new SearchRequest { Query = query, Sort = sort, Page = page, Year = year });
                Assert.True(result.Total >= result.Hits.Count);
                Assert.All(result.Hits, hit => Assert.True(Encoding.UTF8.GetByteCount(hit.Paper.Id) > 0));
            }, iter: 400);
}
