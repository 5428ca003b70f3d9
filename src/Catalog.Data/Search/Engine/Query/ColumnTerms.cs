using Catalog.Data.Search.Engine.Analysis;
using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Query;

/// <summary>The papers a venue or year term lets through, read from the per-paper columns: these terms filter and never
/// score, so their list is only the matching papers in document order.</summary>
internal static class ColumnTerms
{
    public static int[] Years(DocumentColumns columns, int first, int last)
    {
        var accepted = Array.ConvertAll(columns.Years, year => year >= first && year <= last);
        return Papers(columns.YearOf, accepted);
    }

    /// <summary>Papers whose venue holds the pattern's words in order, as a phrase holds them (<c>venue:ICLR</c> finds
    /// "ICLR 2023"; <c>venue:"Findings of ACL"</c> that phrase; <c>venue:neur*</c> any venue with a word it starts).
    /// Venues are few next to papers, so each is tokenized for the query.</summary>
    public static int[] Venues(DocumentColumns columns, TermPattern pattern, Tokenizer tokenizer)
    {
        var accepted = Array.ConvertAll(columns.Venues, venue => !pattern.IsEmpty && Holds(tokenizer.Terms(venue), pattern));
        return Papers(columns.VenueOf, accepted);
    }

    private static bool Holds(List<string> terms, TermPattern pattern)
    {
        for (var start = 0; start + pattern.Slots.Count <= terms.Count; start++)
        {
            var all = true;
            for (var s = 0; s < pattern.Slots.Count && all; s++)
            {
                all = pattern.Fills(s, terms[start + s]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The papers whose value (a number into the column's values, or -1 for none) is accepted.</summary>
    private static int[] Papers(int[] valueOf, bool[] accepted)
    {
        var papers = new List<int>();
        for (var document = 0; document < valueOf.Length; document++)
        {
            if (valueOf[document] >= 0 && accepted[valueOf[document]])
            {
                papers.Add(document);
            }
        }

        return [.. papers];
    }
}
