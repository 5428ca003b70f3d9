using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Tests.Search;

/// <summary>Field terms as the parser reads them, and every badly formed one read as the plain text it is.</summary>
public sealed class FieldTermParserTests
{
    [Theory]
    [InlineData("author:dehghani", QueryField.Authors, "dehghani", false, false)]
    [InlineData("AUTHOR:dehghani", QueryField.Authors, "dehghani", false, false)]
    [InlineData("au:dehghani", QueryField.Authors, "dehghani", false, false)]
    [InlineData("author:\"Mostafa Dehghani\"", QueryField.Authors, "Mostafa Dehghani", true, false)]
    [InlineData("Title:scaling", QueryField.Title, "scaling", false, false)]
    [InlineData("ti:scal*", QueryField.Title, "scal", false, true)]
    [InlineData("abstract:“vision transformer”", QueryField.Abstract, "vision transformer", true, false)]
    [InlineData("abs:transformer", QueryField.Abstract, "transformer", false, false)]
    [InlineData("venue:ICLR", QueryField.Venue, "ICLR", false, false)]
    [InlineData("venue:\"Findings of ACL\"", QueryField.Venue, "Findings of ACL", true, false)]
    public void AFieldTermIsItsFieldAndItsText(string input, QueryField field, string text, bool isPhrase, bool isPrefix)
    {
        var term = Assert.Single(Assert.Single(SearchQueryParser.Parse(input).Required));

        Assert.Equal(new QueryTerm(text, isPhrase, isPrefix) { Field = field }, term);
    }

    [Theory]
    [InlineData("year:2023", 2023, 2023, "year:2023")]
    [InlineData("year:2021..2023", 2021, 2023, "year:2021..2023")]
    [InlineData("YEAR:2021..", 2021, QueryFields.LastYear, "year:2021..")]
    [InlineData("year:..2023", QueryFields.FirstYear, 2023, "year:..2023")]
    [InlineData("year:2023..2023", 2023, 2023, "year:2023")]
    public void AYearTermIsAnInclusiveRange(string input, int first, int last, string written)
    {
        var query = SearchQueryParser.Parse(input);
        var term = Assert.Single(Assert.Single(query.Required));

        Assert.Equal(QueryField.Year, term.Field);
        Assert.Equal((first, last), term.Years);
        Assert.True(term.IsFilter);
        Assert.Equal(written, query.ToString());
        Assert.Null(query.MatchExpression);
    }

    [Theory]
    [InlineData("foo:bar", "\"foo:bar\"")]
    [InlineData("title:", "\"title:\"")]
    [InlineData("author:", "\"author:\"")]
    [InlineData("title:\"", "\"title:\"\"\"")]
    [InlineData("title:\"\"", "\"title:\"\"\"\"\"")]
    [InlineData("year:abc", "\"year:abc\"")]
    [InlineData("year:2023..2021", "\"year:2023..2021\"")]
    [InlineData("year:99999999999", "\"year:99999999999\"")]
    [InlineData("year:23", "\"year:23\"")]
    [InlineData("year:..", "\"year:..\"")]
    [InlineData("year:2021...2023", "\"year:2021...2023\"")]
    [InlineData("year:\"2023\"", "\"year:\"\"2023\"\"\"")]
    [InlineData("venue:*", "\"venue:\"*")]
    [InlineData("title: scaling", "\"title:\" AND \"scaling\"")]
    [InlineData(":scaling", "\":scaling\"")]
    [InlineData("http://example.org", "\"http://example.org\"")]
    public void ABadlyFormedFieldWordIsPlainText(string input, string expression)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.All(query.Required.SelectMany(g => g), t => Assert.Equal(QueryField.Any, t.Field));
        Assert.Equal(expression, query.MatchExpression);
    }

    [Fact]
    public void FieldTermsCombineWithWordsOrAndExclusions()
    {
        var query = SearchQueryParser.Parse("author:dehghani OR author:\"Lucas Beyer\" scaling -title:vision -year:2020 venue:ICLR");

        Assert.Equal("author:dehghani OR author:\"Lucas Beyer\" scaling venue:ICLR -title:vision -year:2020", query.ToString());
        Assert.Equal("(authors : \"dehghani\" OR authors : \"Lucas Beyer\") AND \"scaling\") NOT (title : \"vision\")".Insert(0, "("), query.MatchExpression);
        Assert.True(query.HasFilterTerms);
    }

    [Fact]
    public void AFilterTermHasNoFts5Form()
    {
        var term = Assert.Single(Assert.Single(SearchQueryParser.Parse("year:2023").Required));

        Assert.Throws<InvalidOperationException>(term.ToFts);
    }

    [Theory]
    [InlineData("title:")]
    [InlineData(":")]
    [InlineData("year:..")]
    [InlineData("title:\"")]
    [InlineData("author:\u0000x")]
    [InlineData("author:\uD800")]
    [InlineData("title:\u200D\u0301")]
    [InlineData("author:𝔄𝔅")]
    [InlineData("year:٢٠٢٣")]
    [InlineData("year:２０２３")]
    public void HostileFieldInputNeverThrows(string input)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.All(query.Required.SelectMany(g => g), t => Assert.True(t.IsFilter || t.Text.Any(char.IsLetterOrDigit)));
        Assert.All(query.Required.SelectMany(g => g).Where(t => t.Field == QueryField.Year), t => Assert.InRange(t.Years.First, 0, 9999));
    }

    [Fact]
    public void AMegabyteOfFieldTermsIsCutToTheBounds()
    {
        var input = string.Concat(Enumerable.Repeat("author:x year:2021..2023 title:\"a b\" ", 30_000));

        var query = SearchQueryParser.Parse(input);

        Assert.True(query.Truncated);
        Assert.True(query.Required.Count <= SearchQueryParser.MaxTerms);
        Assert.True(query.ToString().Length <= SearchQueryParser.MaxLength * 2);
    }

    [Fact]
    public void OneEndlessFieldWordIsCutToo()
    {
        var query = SearchQueryParser.Parse("title:" + new string('x', 1 << 20));

        var term = Assert.Single(Assert.Single(query.Required));
        Assert.Equal(QueryField.Title, term.Field);
        Assert.Equal(SearchQueryParser.MaxLength - "title:".Length, term.Text.Length);
    }
}
