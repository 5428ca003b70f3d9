namespace Catalog.Data.Text;

/// <summary>The optimal string alignment distance (Damerau's, each substring edited once): insertions, deletions,
/// substitutions and a swap of two neighbouring letters count one edit each ("titel" is one from "title"). The one rule
/// for "did you mean" everywhere: a seed's unknown key or person id, and a search's rare word.</summary>
public static class EditDistance
{
    /// <summary>The distance, without a bound.</summary>
    public static int Between(string a, string b)
    {
        int[][] rows = [new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]];
        return Within(a, b, a.Length + b.Length, rows);
    }

    /// <summary>The distance, or max + 1 as soon as it must exceed max. The three rows, each longer than
    /// <paramref name="b"/>, are kept by a caller that compares many words: the previous but one (for swaps), the
    /// previous and the current.</summary>
    public static int Within(string a, string b, int max, int[][] rows)
    {
        var (before, previous, current) = (rows[0], rows[1], rows[2]);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (before, previous, current) = (previous, current, before);
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
