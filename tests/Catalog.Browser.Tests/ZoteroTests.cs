using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Catalog.Browser.Tests.Infrastructure;
using Catalog.Components;

namespace Catalog.Browser.Tests;

/// <summary>The catalog as Zotero reads it, through Zotero's own translation-server: each paper is one item whatever
/// the door (its page, or the BibTeX, RIS and CSL-JSON of a search), and a results page or a person's page offers every
/// paper it lists, each with its authors, to save at once.</summary>
[Collection(Consumers.Name)]
public sealed partial class ZoteroTests(ConsumerServer catalog, ZoteroTranslationServer zotero) : IClassFixture<ZoteroTranslationServer>
{
    private static readonly string[] s_doors = ["page", "BibTeX", "RIS", "CSL-JSON"];

    [ZoteroFact]
    public async Task Every_paper_is_one_item_whatever_the_door()
    {
        using var client = catalog.CreateClient();
        var bib = await zotero.ImportAsync(await client.GetStringAsync(new Uri("/papers.bib", UriKind.Relative)));
        var ris = await zotero.ImportAsync(await client.GetStringAsync(new Uri("/papers.ris", UriKind.Relative)));
        var cslFile = await client.GetStringAsync(new Uri("/papers.csl.json", UriKind.Relative));
        var csl = await zotero.ImportAsync(cslFile);
        using var written = JsonDocument.Parse(cslFile);
        var kinds = written.RootElement.EnumerateArray().ToDictionary(item => item.GetProperty("title").GetString()!, item => item.GetProperty("type").GetString()!);
        Assert.Equal(ConsumerServer.SeedIds.Count, kinds.Count);

        var problems = new List<string>();
        foreach (var id in ConsumerServer.SeedIds)
        {
            var saved = await zotero.SaveAsync(new Uri(catalog.Server.BaseAddress, CatalogUrls.Paper(id)));
            Assert.True(saved.Count == 1, $"The page of {id} saves as {saved.Count} items, not one.");
            var page = saved[0];
            var title = Text(page, "title");
            var doors = new[] { page, ByTitle(bib.Items, title), ByTitle(ris.Items, title), ByTitle(csl.Items, title) };
            var expected = ExpectedTypes(kinds[title]);
            for (var door = 0; door < doors.Length; door++)
            {
                if (Text(doors[door], "itemType") != expected[door])
                {
                    problems.Add($"{id} from its {s_doors[door]}: a {Text(doors[door], "itemType")}, not a {expected[door]}");
                }

                foreach (var (field, value) in Identity(doors[door]))
                {
                    var pageValue = Identity(page)[field];
                    if (value != pageValue)
                    {
                        problems.Add($"{id} from its {s_doors[door]}: {field} is «{value}», from its page «{pageValue}»");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [ZoteroFact]
    public async Task A_results_page_offers_every_paper_it_lists_each_with_its_authors()
    {
        await SavesEveryListedPaperAsync(CatalogUrls.SearchFor("scaling"));
        await SavesEveryListedPaperAsync(CatalogUrls.Search(new() { Query = "transformer", Sort = Data.Search.Engine.Query.SearchSort.Newest }));
    }

    [ZoteroFact]
    public async Task A_persons_page_offers_every_paper_of_theirs_each_with_its_authors() =>
        await SavesEveryListedPaperAsync(CatalogUrls.Author("mostafa-dehghani"));

    private async Task SavesEveryListedPaperAsync(string url)
    {
        using var client = catalog.CreateClient();
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative));
        var listed = PaperIds().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.True(listed.Count >= 2, $"{url} lists {listed.Count} papers; the test needs a list.");
        var csl = await zotero.ImportAsync(await client.GetStringAsync(new Uri($"{CatalogUrls.Papers}.csl.json", UriKind.Relative)));

        var choices = await zotero.ChoicesAsync(new Uri(catalog.Server.BaseAddress, url));
        var items = await zotero.SaveAsync(new Uri(catalog.Server.BaseAddress, url));

        Assert.Equal(listed.Count, choices.Count);
        Assert.Equal(listed.Count, items.Count);
        foreach (var item in items)
        {
            var imported = ByTitle(csl.Items, Text(item, "title"));
            Assert.Equal(Creators(imported), Creators(item));
            Assert.Equal(Text(imported, "itemType"), Text(item, "itemType"));
            Assert.Equal(Date(Text(imported, "date")), Date(Text(item, "date")));
        }
    }

    /// <summary>The item type Zotero reads from the page, BibTeX, RIS and CSL-JSON of a paper of this CSL type. A preprint
    /// is Zotero's "preprint" where its translators know one (the page and CSL-JSON); its BibTeX translator reads @misc
    /// as a document and its RIS translator has no preprint type (README.md, "Zotero", says why these stay).</summary>
    private static string[] ExpectedTypes(string cslType) => cslType switch
    {
        "paper-conference" => ["conferencePaper", "conferencePaper", "conferencePaper", "conferencePaper"],
        "article-journal" => ["journalArticle", "journalArticle", "journalArticle", "journalArticle"],
        "article" => ["preprint", "document", "journalArticle", "preprint"],
        _ => throw new InvalidOperationException($"No seed paper is a {cslType}."),
    };

    /// <summary>What must be equal through every door: title, authors in order, date, abstract and identifiers. A DOI is
    /// the DOI field, or the "DOI: …" line of Extra for a type without one (a document); Zotero's BibTeX import reads the
    /// tilde a LaTeX file can carry as "∼" (U+223C).</summary>
    private static Dictionary<string, string> Identity(JsonElement item) => new()
    {
        ["title"] = Text(item, "title"),
        ["creators"] = string.Join("; ", Creators(item)),
        ["date"] = Date(Text(item, "date")),
        ["abstract"] = Text(item, "abstractNote").Replace('∼', '~'),
        ["DOI"] = Text(item, "DOI") is { Length: > 0 } doi ? doi : DoiLine().Match(Text(item, "extra")).Groups[1].Value,
        ["url"] = Text(item, "url"),
    };

    private static List<string> Creators(JsonElement item) =>
        [.. item.GetProperty("creators").EnumerateArray().Select(c =>
            $"{c.GetProperty("creatorType").GetString()}: {Text(c, "lastName")}{Text(c, "name")}, {Text(c, "firstName")}")];

    /// <summary>A date as year, month and day as far as known, whichever form the translator kept it in.</summary>
    private static string Date(string date)
    {
        string[] forms = ["yyyy/MM/dd", "yyyy-MM-dd", "MMMM d, yyyy", "yyyy-MM", "yyyy/MM", "MMMM yyyy", "yyyy"];
        foreach (var form in forms)
        {
            if (DateTime.TryParseExact(date, form, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return parsed.ToString(form.Contains('d', StringComparison.Ordinal) ? "yyyy-MM-dd" : form.Contains('M', StringComparison.Ordinal) ? "yyyy-MM" : "yyyy", CultureInfo.InvariantCulture);
            }
        }

        return date;
    }

    private static JsonElement ByTitle(IReadOnlyList<JsonElement> items, string title)
    {
        var matches = items.Where(item => Text(item, "title") == title).ToList();
        Assert.True(matches.Count == 1, $"{matches.Count} imported items are titled «{title}»; titles imported: {string.Join(" | ", items.Select(i => Text(i, "title")))}");
        return matches[0];
    }

    private static string Text(JsonElement item, string field) =>
        item.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    [GeneratedRegex(@"data-paper-id=""([^""]+)""")]
    private static partial Regex PaperIds();

    [GeneratedRegex(@"(?m)^DOI: (\S+)")]
    private static partial Regex DoiLine();
}
