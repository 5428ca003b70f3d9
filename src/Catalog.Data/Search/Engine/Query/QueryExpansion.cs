using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Query;

/// <summary>Gives each query term the other forms a person means by it, as alternatives of its own group (so each form
/// is a phrase of its own in FTS5's terms, scored as FTS5 scores <c>(a OR b)</c>):
/// <list type="bullet">
/// <item>a word with a hyphen (<c>fine-tuning</c>, already the phrase "fine tuning") also its joined form
/// ("finetuning");</item>
/// <item>a word the catalog prints as a hyphen compound (<c>finetuning</c>, <see cref="HyphenCompounds"/>) also the
/// compound's two words ("fine tuning"); any other word is left as it is;</item>
/// <item>a word or phrase with a Greek letter (<c>Λ-DARTS</c>) also its TeX spelling (<see cref="TexNames"/>).</item>
/// </list>
/// Venue and year terms, and words asked for as written (<see cref="QueryTerm.IsExact"/>), are left as they are.</summary>
internal static class QueryExpansion
{
    public static ParsedQuery Expand(SearchIndex index, ParsedQuery query, Tokenizer tokenizer)
    {
        List<QueryTerm> Forms(QueryTerm term) => FormsOf(index, term, tokenizer);
        return query with
        {
            Required = [.. query.Required.Select(g => (IReadOnlyList<QueryTerm>)[.. g.SelectMany(Forms)])],
            Optional = [.. query.Optional.Select(g => (IReadOnlyList<QueryTerm>)[.. g.SelectMany(Forms)])],
            Excluded = [.. query.Excluded.SelectMany(Forms)],
        };
    }

    /// <summary>The term and the other forms searched for it.</summary>
    public static List<QueryTerm> FormsOf(SearchIndex index, QueryTerm term, Tokenizer tokenizer)
    {
        if (term.IsFilter || term.IsExact)
        {
            return [term];
        }

        var forms = new List<QueryTerm> { term };
        if (TexNames.Spell(term.Text) is { } tex)
        {
            forms.Add(term with { Text = tex });
        }

        if (term.IsPhrase)
        {
            return forms;
        }

        foreach (var form in forms.ToList())
        {
            if (HyphenCompounds.Join(form.Text, tokenizer) is { } joined)
            {
                forms.Add(form with { Text = joined });
            }
        }

        if (!term.IsPrefix && tokenizer.Terms(term.Text) is [var single])
        {
            forms.AddRange(index.Compounds.SplitsOf(single).Select(split => term with { Text = split }));
        }

        return [.. forms.DistinctBy(f => f.Text, StringComparer.Ordinal)];
    }
}
