using System.Globalization;

namespace Catalog.Data.Search.Engine.Query;

/// <summary>One thing to look for: a word, a quoted phrase, or a word prefix (<c>transform*</c>), anywhere or in one
/// field (<c>title:scaling</c>); or a venue's words or a range of years, which only filter.</summary>
public sealed record QueryTerm(string Text, bool IsPhrase, bool IsPrefix)
{
    public QueryField Field { get; init; }

    /// <summary>True for a word or phrase to match as written, without stemming (<c>=transformers</c>,
    /// <c>exact:"vision transformers"</c>): folded to lower case and without accents, as every term is, but not stemmed.</summary>
    public bool IsExact { get; init; }

    /// <summary>For a year term, the first and last year it accepts (inclusive).</summary>
    public (int First, int Last) Years { get; init; }

    /// <summary>Venue and year terms say which papers may match; they add nothing to a paper's score.</summary>
    public bool IsFilter => Field is QueryField.Venue or QueryField.Year;

    /// <summary>The term as a person would type it again.</summary>
    public override string ToString()
    {
        var text = (IsExact ? "=" : "") + (IsPhrase ? $"\"{Text}\"" : IsPrefix ? $"{Text}*" : Text);
        return Field switch
        {
            QueryField.Any => text,
            QueryField.Year => $"year:{YearsText()}",
            _ => $"{QueryFields.Name(Field)}:{text}",
        };
    }

    private string YearsText()
    {
        var (first, last) = Years;
        string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);
        return first == last ? Year(first)
            : first == QueryFields.FirstYear ? $"..{Year(last)}"
            : last == QueryFields.LastYear ? $"{Year(first)}.."
            : $"{Year(first)}..{Year(last)}";
    }
}
