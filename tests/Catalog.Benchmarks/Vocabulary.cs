using System.Text.RegularExpressions;
using Catalog.Data.Records;

namespace Catalog.Benchmarks;

/// <summary>Words for searches that no one has made before: title words of five letters or more that occur in at least
/// three titles, taken evenly from the alphabetical list. Deterministic, so every run asks the same.</summary>
public static partial class Vocabulary
{
    public static IReadOnlyList<string> From(string records, int count)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in PaperRecordReader.Read(records).Select(l => l.Record).OfType<PaperRecord>())
        {
            foreach (var word in Words().Matches(record.Title.ToLowerInvariant()).Select(m => m.Value).Distinct())
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        var words = frequency.Where(w => w.Value >= 3).Select(w => w.Key).Order(StringComparer.Ordinal).ToList();
        var step = Math.Max(1.0, words.Count / (double)count);
        return [.. Enumerable.Range(0, Math.Min(count, words.Count)).Select(i => words[(int)(i * step)])];
    }

    [GeneratedRegex("[a-z]{5,}")]
    private static partial Regex Words();
}
