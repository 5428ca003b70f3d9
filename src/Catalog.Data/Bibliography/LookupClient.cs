using System.Net;
using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>Looks identifiers up online: <c>arXiv:2302.05442</c> in arXiv's API (its Atom answer), <c>doi:10.…</c> in
/// Crossref's (<c>/works/{doi}</c>, JSON), except arXiv's own DOIs (10.48550/arXiv.…), which DataCite registers and
/// Crossref does not know, so they go to arXiv too. Each request names the app in its User-Agent, gives up after a
/// timeout, and is tried again with a doubling pause after a network error, a 429 or a 5xx; when the network is not there
/// the problem says so. The addresses are settings, so tests point them at a local server.</summary>
public sealed class LookupClient(Uri arxivApi, Uri crossrefApi, HttpMessageHandler? handler = null)
{
    public const string ArxivApi = "https://export.arxiv.org/api/";
    public const string CrossrefApi = "https://api.crossref.org/";
    public const string UserAgent = "Catalog/1.0 (the catalog's add command; paper metadata for a seeds folder)";

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>An e-mail address for the User-Agent, as Crossref asks of polite clients (its faster pool).</summary>
    public string? Mailto { get; init; }

    /// <summary>Tries per request, the first included.</summary>
    public int Attempts { get; init; } = 3;

    /// <summary>The pause before the second try; it doubles before each next one (a Retry-After up to 60 s wins).</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>"arXiv:2302.05442", "doi:10.…" or a bare "10.…/…" DOI.</summary>
    public static bool IsIdentifier(string text) =>
        text.StartsWith("arxiv:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("doi:", StringComparison.OrdinalIgnoreCase) || Doi.IsValid(text);

    public async Task<BibliographyRead> ReadAsync(string identifier, BibliographyOptions options, CancellationToken cancellation)
    {
        var doi = identifier.StartsWith("doi:", StringComparison.OrdinalIgnoreCase) ? identifier[4..].Trim() : Doi.IsValid(identifier) ? identifier : null;
        var arxiv = doi is null ? ArxivIds.FromEprint(identifier) : ArxivIds.FromDoi(doi);
        if (arxiv is not null)
        {
            var answer = await GetAsync(new Uri(arxivApi, $"query?id_list={Uri.EscapeDataString(arxiv)}&max_results=1"), "arXiv", identifier, cancellation);
            if (answer.Problem is { } problem)
            {
                return Failed(problem);
            }

            var read = Relined(ArxivAtomReader.Read(answer.Text!, identifier), identifier);
            return read.Papers.Count == 0 && !read.HasErrors ? Failed(new(identifier, 1, $"arXiv has no paper {arxiv}")) : read;
        }

        if (doi is null || !Doi.IsValid(doi))
        {
            return Failed(new(identifier, 1, "is neither a file nor an identifier add can look up (arXiv:2302.05442, doi:10.1145/3292500.3330701)"));
        }

        var work = await GetAsync(new Uri(crossrefApi, $"works/{EscapeDoi(doi)}"), "Crossref", identifier, cancellation);
        return work.Problem is { } failed ? Failed(failed) : Relined(CslJsonReader.Read(work.Text!, identifier, options), identifier);
    }

    private async Task<(string? Text, SeedProblem? Problem)> GetAsync(Uri address, string service, string identifier, CancellationToken cancellation)
    {
        using var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        client.Timeout = Timeout;
        client.DefaultRequestHeaders.UserAgent.ParseAdd(Mailto is { Length: > 0 } mailto ? $"{UserAgent[..^1]}; mailto:{mailto})" : UserAgent);
        var pause = Backoff;
        string reason = "";
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            TimeSpan? retryAfter = null;
            try
            {
                using var response = await client.GetAsync(address, cancellation);
                if (response.IsSuccessStatusCode)
                {
                    return (await response.Content.ReadAsStringAsync(cancellation), null);
                }

                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    return (null, new(identifier, 1, service == "Crossref"
                        ? "Crossref has no work with this DOI (404); a DOI registered elsewhere, such as DataCite, is not in Crossref"
                        : $"{service} answered 404 Not Found for {address}"));
                }

                reason = $"{service} answered {(int)response.StatusCode} {response.ReasonPhrase}";
                if ((int)response.StatusCode is not (429 or >= 500))
                {
                    return (null, new(identifier, 1, reason));
                }

                retryAfter = response.Headers.RetryAfter?.Delta;
            }
            catch (HttpRequestException ex)
            {
                reason = $"could not reach {service} at {address.Host}: {ex.Message} (is the network there?)";
            }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
            {
                reason = FormattableString.Invariant($"{service} at {address.Host} did not answer within {Timeout.TotalSeconds:0.###} s");
            }

            if (attempt < Attempts)
            {
                var wait = retryAfter is { } after && after <= TimeSpan.FromSeconds(60) && after > pause ? after : pause;
                await Task.Delay(wait, cancellation);
                pause *= 2;
            }
        }

        return (null, new(identifier, 1, $"{reason}; tried {Attempts} times. Without the network, add the paper from a file (.bib, .ris, .json)"));
    }

    /// <summary>Line numbers of an answer mean nothing to the person who typed the identifier: everything is on its line 1.</summary>
    private static BibliographyRead Relined(BibliographyRead read, string identifier) =>
        new([.. read.Papers.Select(p => p with { Line = 1 })], [.. read.Problems.Select(p => p with { Path = identifier, Line = 1 })]);

    private static BibliographyRead Failed(SeedProblem problem) => new([], [problem]);

    /// <summary>A DOI in a path: its slashes kept, as Crossref's own links write it, everything else that needs it escaped.</summary>
    private static string EscapeDoi(string doi) => string.Join('/', doi.Split('/').Select(Uri.EscapeDataString));
}
