using Catalog.Data.Search.Engine.Query;

namespace Catalog.Data.Tests.Search;

/// <summary>A parsed query as the FTS5 expression the property tests hold the engine to: the reference side of the
/// tests, kept beside them rather than in the app, which never asks FTS5.</summary>
internal static class Fts5Expressions
{
    /// <summary>The searched column names of FTS5's table, by <see cref="QueryField"/>.</summary>
    private static readonly string[] s_columns = ["", "title", "authors", "abstract"];

    extension(ParsedQuery query)
    {
        /// <summary>True when a term filters by venue or year (<see cref="QueryTerm.IsFilter"/>).</summary>
        public bool HasFilterTerms => query.Required.Any(g => g.Any(t => t.IsFilter)) || query.Excluded.Any(t => t.IsFilter);

        /// <summary>The FTS5 expression for the required groups minus the excluded terms, or null when nothing is
        /// required. Venue and year terms are not FTS5 columns and are left out (a group of them only with them): the
        /// expression matches what the text terms match.</summary>
        public string? MatchExpression
        {
            get
            {
                var groups = query.Required.Select(g => g.Where(t => !t.IsFilter).ToList()).Where(g => g.Count > 0).ToList();
                if (groups.Count == 0)
                {
                    return null;
                }

                var required = string.Join(" AND ", groups.Select(Group));
                return query.ExcludedExpression is { } excluded ? $"({required}) NOT {excluded}" : required;
            }
        }

        /// <summary>The FTS5 expression matching any excluded text term, or null when there is none.</summary>
        public string? ExcludedExpression => query.Excluded.Any(t => !t.IsFilter)
            ? $"({string.Join(" OR ", query.Excluded.Where(t => !t.IsFilter).Select(t => t.ToFts()))})"
            : null;
    }

    extension(QueryTerm term)
    {
        /// <summary>The term as an FTS5 string: quoted, so no user text is ever read as FTS5 syntax, behind a column
        /// filter (<c>title : "scaling"</c>) for a field term. Venues and years are not FTS5 columns: they have no FTS5
        /// form.</summary>
        public string ToFts()
        {
            if (term.IsFilter)
            {
                throw new InvalidOperationException($"A {term.Field} term filters by a column; FTS5 has no expression for it.");
            }

            var column = term.Field == QueryField.Any ? "" : $"{s_columns[(int)term.Field]} : ";
            return $"{column}\"{term.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"{(term.IsPrefix ? "*" : "")}";
        }
    }

    private static string Group(List<QueryTerm> alternatives) =>
        alternatives.Count == 1 ? alternatives[0].ToFts() : $"({string.Join(" OR ", alternatives.Select(t => t.ToFts()))})";
}
