using Catalog.Data.Search;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Tests.Search;

public sealed class SearchQueryParserTests
{
    public static TheoryData<string> HostileInputs => HostileText.Data;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n ")]
    public void NoTextIsTheEmptyQuery(string? input)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.True(query.IsEmpty);
        Assert.Null(query.MatchExpression);
        Assert.Null(query.ExcludedExpression);
    }

    [Fact]
    public void WordsMustAllMatch()
    {
        var query = SearchQueryParser.Parse("vision  transformer");

        Assert.Equal("\"vision\" AND \"transformer\"", query.MatchExpression);
        Assert.Equal("vision transformer", query.ToString());
        Assert.False(query.Truncated);
    }

    [Fact]
    public void AQuotedPhraseIsOneTerm()
    {
        var query = SearchQueryParser.Parse("\"language models\" scaling");

        var phrase = Assert.Single(query.Required[0]);
        Assert.Equal(new QueryTerm("language models", IsPhrase: true, IsPrefix: false), phrase);
        Assert.Equal("\"language models\" AND \"scaling\"", query.MatchExpression);
        Assert.Equal("\"language models\" scaling", query.ToString());
    }

    [Theory]
    [InlineData("“language models”")]
    [InlineData("„language models“")]
    [InlineData("«language models»")]
    [InlineData("\"language models”")]
    public void CurlyAndGuillemetQuotesMakePhrasesToo(string input)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.Equal([[new QueryTerm("language models", true, false)]], query.Required);
    }

    [Fact]
    public void AnUnbalancedQuoteRunsToTheEnd()
    {
        var query = SearchQueryParser.Parse("scaling \"language models");

        Assert.Equal("\"scaling\" AND \"language models\"", query.MatchExpression);
    }

    [Theory]
    [InlineData("=transformers", "transformers", false, QueryField.Any, "=transformers")]
    [InlineData("exact:transformers", "transformers", false, QueryField.Any, "=transformers")]
    [InlineData("EXACT:\"vision transformers\"", "vision transformers", true, QueryField.Any, "=\"vision transformers\"")]
    [InlineData("=\"vision transformers\"", "vision transformers", true, QueryField.Any, "=\"vision transformers\"")]
    [InlineData("title:=scaling", "scaling", false, QueryField.Title, "title:=scaling")]
    [InlineData("-=vision", "vision", false, QueryField.Any, "=vision")]
    public void AnEqualsSignOrExactAsksForTheWordAsWritten(string input, string text, bool isPhrase, QueryField field, string written)
    {
        var query = SearchQueryParser.Parse(input);

        var term = Assert.Single(query.Required.SelectMany(g => g).Concat(query.Excluded));
        Assert.Equal((text, isPhrase, field, true), (term.Text, term.IsPhrase, term.Field, term.IsExact));
        Assert.Equal(written, term.ToString());
        Assert.Equal(query, SearchQueryParser.Parse(query.ToString()), new ParsedQueryText());
    }

    [Theory]
    [InlineData("=trans*")]
    [InlineData("= transformers")]
    [InlineData("a=b")]
    [InlineData("venue:=ICLR")]
    public void AnEqualsSignThatIsNotBeforeAWordIsPlainText(string input) =>
        Assert.DoesNotContain(SearchQueryParser.Parse(input).Required.SelectMany(g => g), t => t.IsExact);

    [Fact]
    public void AMinusBeforeAWordExcludesIt()
    {
        var query = SearchQueryParser.Parse("transformer -vision -\"language models\"");

        Assert.Equal([new QueryTerm("vision", false, false), new QueryTerm("language models", true, false)], query.Excluded);
        Assert.Equal("(\"transformer\") NOT (\"vision\" OR \"language models\")", query.MatchExpression);
        Assert.Equal("transformer -vision -\"language models\"", query.ToString());
    }

    [Fact]
    public void OnlyExcludedWordsLeaveNothingRequired()
    {
        var query = SearchQueryParser.Parse("-vision");

        Assert.False(query.IsEmpty);
        Assert.False(query.HasRequired);
        Assert.Null(query.MatchExpression);
        Assert.Equal("(\"vision\")", query.ExcludedExpression);
    }

    [Theory]
    [InlineData("-")]
    [InlineData(" - ")]
    [InlineData("--")]
    [InlineData("- -")]
    public void ALoneMinusIsIgnored(string input) => Assert.True(SearchQueryParser.Parse(input).IsEmpty);

    [Fact]
    public void AMinusInsideAWordIsPartOfIt()
    {
        var query = SearchQueryParser.Parse("pre-training state-of-the-art");

        Assert.Equal("\"pre-training\" AND \"state-of-the-art\"", query.MatchExpression);
        Assert.Empty(query.Excluded);
    }

    [Fact]
    public void OrJoinsAlternatives()
    {
        var query = SearchQueryParser.Parse("docids OR infilling OR upcycling scaling");

        Assert.Equal(3, query.Required[0].Count);
        Assert.Equal("(\"docids\" OR \"infilling\" OR \"upcycling\") AND \"scaling\"", query.MatchExpression);
        Assert.Equal("docids OR infilling OR upcycling scaling", query.ToString());
    }

    [Theory]
    [InlineData("OR docids", "\"docids\"")]
    [InlineData("docids OR", "\"docids\"")]
    [InlineData("docids OR OR infilling", "(\"docids\" OR \"infilling\")")]
    [InlineData("docids or infilling", "\"docids\" AND \"or\" AND \"infilling\"")]
    [InlineData("docids \"OR\" infilling", "\"docids\" AND \"OR\" AND \"infilling\"")]
    [InlineData("-docids OR infilling", "(\"infilling\") NOT (\"docids\")")]
    public void OrAtTheEdgesOrInLowerCaseIsAWordOrNothing(string input, string expression) =>
        Assert.Equal(expression, SearchQueryParser.Parse(input).MatchExpression);

    [Fact]
    public void AStarAfterAWordMakesItAPrefix()
    {
        var query = SearchQueryParser.Parse("transform*");

        Assert.Equal([[new QueryTerm("transform", false, true)]], query.Required);
        Assert.Equal("\"transform\"*", query.MatchExpression);
        Assert.Equal("transform*", query.ToString());
    }

    [Theory]
    [InlineData("*")]
    [InlineData("***")]
    [InlineData("^")]
    [InlineData(":")]
    [InlineData("( ) { } [ ]")]
    [InlineData("\"\"")]
    [InlineData("\" \"")]
    [InlineData("- * ^ : + . , ; ! ?")]
    [InlineData("🤖")]
    [InlineData("\u200B\u200C\u200D\uFEFF")]
    [InlineData("\0")]
    public void TextWithoutLettersOrDigitsIsNoQuery(string input) => Assert.True(SearchQueryParser.Parse(input).IsEmpty);

    [Theory]
    [InlineData("AND(", "\"AND(\"")]
    [InlineData("NEAR", "\"NEAR\"")]
    [InlineData("NEAR(a b, 3)", "\"NEAR(a\" AND \"b,\" AND \"3)\"")]
    [InlineData("foo:docids", "\"foo:docids\"")]
    [InlineData("^docids", "\"^docids\"")]
    [InlineData("docids AND infilling", "\"docids\" AND \"AND\" AND \"infilling\"")]
    [InlineData("NOT docids", "\"NOT\" AND \"docids\"")]
    [InlineData("{title abstract}: docids", "\"{title\" AND \"abstract}:\" AND \"docids\"")]
    [InlineData("a\"b", "\"a\"\"b\"")]
    public void Fts5SyntaxIsQuotedAsPlainText(string input, string expression) =>
        Assert.Equal(expression, SearchQueryParser.Parse(input).MatchExpression);

    [Fact]
    public void SqlIsQuotedAsPlainText()
    {
        var query = SearchQueryParser.Parse("'; DROP TABLE papers; --");

        Assert.Equal("\"DROP\" AND \"TABLE\" AND \"papers;\"", query.MatchExpression);
    }

    [Fact]
    public void TenThousandCharactersAreCutToTheMaximumNumberOfTerms()
    {
        var input = string.Concat(Enumerable.Repeat("word ", 2000));
        Assert.Equal(10_000, input.Length);

        var query = SearchQueryParser.Parse(input);

        Assert.True(query.Truncated);
        Assert.Equal(SearchQueryParser.MaxTerms, query.Required.Count);
    }

    [Fact]
    public void AlternativesCountTowardsTheMaximumNumberOfTerms()
    {
        var input = string.Join(" OR ", Enumerable.Range(0, 2000).Select(i => $"w{i}"));

        var query = SearchQueryParser.Parse(input);

        Assert.True(query.Truncated);
        Assert.True(query.Required.Sum(g => g.Count) + query.Excluded.Count <= SearchQueryParser.MaxTerms,
            $"{query.Required.Sum(g => g.Count)} alternatives kept");
    }

    [Fact]
    public void ANonCharacterIsPlainText()
    {
        var query = SearchQueryParser.Parse("transformer\uFFFE");

        Assert.StartsWith("transformer", Assert.Single(Assert.Single(query.Required)).Text);
    }

    [Fact]
    public void OneWordOfTenThousandLettersIsOneTermCutToTheBound()
    {
        var query = SearchQueryParser.Parse(new string('a', 10_000));

        Assert.Equal(SearchQueryParser.MaxLength, Assert.Single(Assert.Single(query.Required)).Text.Length);
        Assert.True(query.Truncated);
    }

    [Fact]
    public void ControlCharactersAndLoneSurrogatesSeparateWords()
    {
        var query = SearchQueryParser.Parse("docids\0infilling\uD800upcycling\uDC00scaling\u0007bell");

        Assert.Equal("\"docids\" AND \"infilling\" AND \"upcycling\" AND \"scaling\" AND \"bell\"", query.MatchExpression);
    }

    [Fact]
    public void TheHostileInputsReachTheTestsUnmended()
    {
        Assert.Contains(HostileText.Queries, q => q.Length == 1 && char.IsHighSurrogate(q[0]));
    }

    [Fact]
    public void EmojiPairsAndOtherScriptsAreKept()
    {
        var query = SearchQueryParser.Parse("🤖robots مرحبا 变换器 Lučić");

        Assert.Equal("\"🤖robots\" AND \"مرحبا\" AND \"变换器\" AND \"Lučić\"", query.MatchExpression);
    }

    [Fact]
    public void TextIsNfcNormalised()
    {
        var query = SearchQueryParser.Parse("Luc\u030Cic\u0301");

        Assert.Equal("Lu\u010Di\u0107", Assert.Single(Assert.Single(query.Required)).Text);
    }

    [Theory]
    [MemberData(nameof(HostileInputs), DisableDiscoveryEnumeration = true)]
    public void EveryHostileInputParsesIntoQuotedTerms(string input)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.True(query.Required.Count + query.Excluded.Count <= SearchQueryParser.MaxTerms);
        foreach (var term in query.Required.SelectMany(g => g).Concat(query.Excluded))
        {
            Assert.Contains(term.Text, c => char.IsLetterOrDigit(c));
            Assert.DoesNotContain(term.Text, c => char.IsControl(c));
            if (!term.IsFilter)
            {
                Assert.Matches("^((title|authors|abstract) : )?\"", term.ToFts());
            }
        }
    }

    [Fact]
    public void WithoutRequiredDropsOneGroup()
    {
        var query = SearchQueryParser.Parse("docids OR infilling scaling -vision");

        Assert.Equal("scaling -vision", query.WithoutRequired(0).ToString());
        Assert.Equal("docids OR infilling -vision", query.WithoutRequired(1).ToString());
    }

    /// <summary>Two queries equal as a person would type them.</summary>
    private sealed class ParsedQueryText : IEqualityComparer<ParsedQuery>
    {
        public bool Equals(ParsedQuery? x, ParsedQuery? y) => x?.ToString() == y?.ToString();

        public int GetHashCode(ParsedQuery obj) => obj.ToString().GetHashCode(StringComparison.Ordinal);
    }
}
