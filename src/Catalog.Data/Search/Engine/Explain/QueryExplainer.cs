using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;
using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Search.Engine.Explain;

/// <summary>Says what a query became: each term as typed, its role in the search, and the forms searched for it, each as
/// the index's stemmed words (the expansion the plan searched with, <see cref="QueryExpansion"/>).</summary>
internal static class QueryExplainer
{
    public static QueryExplanation Explain(SearchIndex index, ParsedQuery query)
    {
        var tokenizer = new Tokenizer();
        QueryWord Word(QueryTerm term, string role) => new(term.ToString(), term.IsFilter ? "filter" : role,
            [.. QueryExpansion.FormsOf(index, term, tokenizer).Select(form => SearchedAs(form, tokenizer)).Distinct(StringComparer.Ordinal)]);

        return new QueryExplanation([
            .. query.Required.SelectMany(g => g).Select(t => Word(t, "required")),
            .. query.Optional.SelectMany(g => g).Select(t => Word(t, "optional")),
            .. query.Excluded.Select(t => Word(t, "excluded")),
        ]);
    }

    /// <summary>A form as the index's words: one stem, a quoted run of them for a phrase, a star for a prefix, and the
    /// field it is held to.</summary>
    private static string SearchedAs(QueryTerm form, Tokenizer tokenizer)
    {
        if (form.Field == QueryField.Year)
        {
            return form.ToString();
        }

        var words = string.Join(' ', ScoreExplainer.IndexTerms(TermPattern.For(form, tokenizer)));
        var text = words.Contains(' ', StringComparison.Ordinal) ? $"\"{words}\"" : words;
        return form.Field == QueryField.Any ? text : $"{QueryFields.Name(form.Field)}:{text}";
    }
}
