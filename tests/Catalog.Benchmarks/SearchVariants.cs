using System.Globalization;
using Catalog.Components;
using Catalog.Data.Queries;
using Catalog.Data.Search;
using Catalog.Data.Store;

namespace Catalog.Benchmarks;

/// <summary>One kind of the mix and many searches of that kind that differ from each other and from the mix's own.</summary>
public sealed record KindVariants(QueryKind Kind, IReadOnlyList<SearchRequest> Requests);

/// <summary>Searches no one asked before, kind by kind in the mix's order: different common words, rare words, word
/// pairs and three-word phrases taken from real titles, prefixes of frequent words, OR pairs and exclusions of real words,
/// a common word with each of the most prolific authors, common words in each frequent year, deep pages of different
/// common words, made-up words for no hits, and questions made of title phrases for ranked sentences. Every URL is different from every other (and from the mix's), so the
/// app's output cache cannot answer any of them the first time. Deterministic: every run asks the same.</summary>
public static class SearchVariants
{
    /// <summary>A common word is in at least this share of the papers.</summary>
    private const double CommonShare = 0.01;

    public static IReadOnlyList<KindVariants> For(CorpusWords words, CatalogDatabase database, IReadOnlyList<QueryKind> mix, int perKind)
    {
        var papers = Math.Max(1, words.Papers);
        var common = words.MostFrequent(Math.Max(2, (int)(papers * CommonShare))) is { Count: > 0 } frequent ? frequent : words.MostFrequent(1);
        var middle = words.WithFrequency(Math.Max(2, papers / 2000), Math.Max(2, papers / 100), minLength: 5);
        var rare = words.WithFrequency(1, 3, minLength: 5);
        var pairs = words.TitlePairs(2);
        var triples = words.TitleTriples(2);
        var authors = new AuthorQueries(database).MostFrequent(perKind);
        var catalogYears = new PaperSearch(database).Search(new SearchRequest()).Facets.Years;
        var years = catalogYears.OrderByDescending(y => y.Count).Take(6)
            .Select(y => int.Parse(y.Value, CultureInfo.InvariantCulture)).ToList();
        // A few more than asked for, since some may be the mix's own or another kind's.
        var spare = perKind + (perKind / 10) + 10;
        var taken = new HashSet<string>(mix.Select(k => CatalogUrls.Search(k.Request)), StringComparer.Ordinal);

        IEnumerable<SearchRequest> Generate(string kind) => kind switch
        {
            "common word" => common.Select(Query),
            "rare word" => Spread(rare, spare).Select(Query),
            "two words" => Spread(pairs, spare).Select(Query),
            "phrase" => Spread(triples, spare).Select(t => Query($"\"{t}\"")),
            "prefix" => words.MostFrequent(2).Where(w => w.Length >= 7).Select(w => w[..Math.Max(5, w.Length - 3)]).Distinct(StringComparer.Ordinal).Select(p => Query(p + "*")),
            "OR" => Pairs(Spread(middle, spare)).Select(p => Query($"{p.First} OR {p.Second}")),
            "exclusion" => Pairs(common).Select(p => Query($"{p.First} -{p.Second}")),
            "word + author" => authors.Select((a, i) => Query(common[i % common.Count]) with { Authors = [a.Slug] }),
            "word + year" => common.SelectMany(w => years.Select(y => Query(w) with { Year = y })),
            "no hits" => MadeUpWords(words).Select(Query),
            "sentence (ranked)" => Spread(triples, spare).Zip(Spread(pairs, spare).Reverse(), (t, p) => Query($"how do {t} compare with {p} in practice")),
            _ when kind.StartsWith("deep page", StringComparison.Ordinal) => DeepPages(common, words),
            _ => throw new InvalidOperationException($"no variants for the kind '{kind}'"),
        };

        return [.. mix.Select(kind => new KindVariants(kind, [.. Generate(kind.Name).Where(r => taken.Add(CatalogUrls.Search(r))).Take(perKind)]))];
    }

    /// <summary>Interleaves the kinds' requests, one of each kind in turn, skipping the first <paramref name="skip"/> of each
    /// (already asked elsewhere); a kind that has run out leaves the others to go on.</summary>
    public static List<string> Interleaved(IReadOnlyList<KindVariants> variants, int skip)
    {
        var urls = new List<string>();
        for (var i = skip; variants.Any(v => i < v.Requests.Count); i++)
        {
            urls.AddRange(variants.Where(v => i < v.Requests.Count).Select(v => CatalogUrls.Search(v.Requests[i])));
        }

        return urls;
    }

    private static SearchRequest Query(string text) => new() { Query = text };

    /// <summary>Up to <paramref name="count"/> items taken evenly over the list, so an alphabetical list gives every letter.</summary>
    private static IEnumerable<string> Spread(List<string> items, int count)
    {
        var step = Math.Max(1.0, items.Count / (double)count);
        for (var x = 0.0; x < items.Count; x += step)
        {
            yield return items[(int)x];
        }
    }

    /// <summary>Different pairs of different items: each with the one half the list further on, then ever nearer ones.</summary>
    private static IEnumerable<(string First, string Second)> Pairs(IEnumerable<string> source)
    {
        var items = source.ToList();
        for (var distance = Math.Max(1, items.Count / 2); distance >= 1; distance = distance * 2 / 3)
        {
            for (var i = 0; i + distance < items.Count; i++)
            {
                yield return (items[i], items[i + distance]);
            }

            if (distance == 1)
            {
                yield break;
            }
        }
    }

    /// <summary>Deep pages of the common words, each as deep as <see cref="QueryMix.DeepPage"/> or its last page, then a
    /// page nearer the front for each word again.</summary>
    private static IEnumerable<SearchRequest> DeepPages(List<string> common, CorpusWords words)
    {
        for (var back = 0; back < QueryMix.DeepPage; back++)
        {
            foreach (var word in common)
            {
                var last = (words.Frequency(word) + SearchRequest.PageSize - 1) / SearchRequest.PageSize;
                var page = Math.Min(QueryMix.DeepPage, last) - back;
                if (page >= 2)
                {
                    yield return Query(word) with { Page = page };
                }
            }
        }
    }

    /// <summary>Words of made-up letters that no record holds.</summary>
    private static IEnumerable<string> MadeUpWords(CorpusWords words)
    {
        for (var i = 0; ; i++)
        {
            var word = "qzx" + Letters(i) + "vjq";
            if (!words.Occurs(word))
            {
                yield return word;
            }
        }
    }

    private static string Letters(int n)
    {
        var letters = new List<char>();
        do
        {
            letters.Insert(0, (char)('a' + (n % 26)));
            n /= 26;
        }
        while (n > 0);
        return new string([.. letters]);
    }
}
