using System.Text.RegularExpressions;

namespace Catalog.Data.Bibliography;

/// <summary>arXiv identifiers wherever records put them: an eprint ("2302.05442v2", "arXiv:2302.05442"), a DOI arXiv
/// registered with DataCite (10.48550/arXiv.2302.05442), or an abs or pdf address; old-style ids ("hep-th/9901001") too.
/// The version is dropped: a catalog lists the paper, not one of its versions.</summary>
public static partial class ArxivIds
{
    public const string DoiPrefix = "10.48550/arXiv.";

    /// <summary>The id of an eprint value, or null when it is not an arXiv id.</summary>
    public static string? FromEprint(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var match = Bare().Match(text.Trim());
        return match.Success ? match.Groups["id"].Value : null;
    }

    public static string? FromDoi(string? doi) =>
        doi is not null && doi.StartsWith(DoiPrefix, StringComparison.OrdinalIgnoreCase) ? FromEprint(doi[DoiPrefix.Length..]) : null;

    public static string? FromUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var match = Address().Match(url.Trim());
        return match.Success ? match.Groups["id"].Value : null;
    }

    /// <summary>An "arXiv:2302.05442" anywhere in a text, as Google Scholar writes "arXiv preprint arXiv:2302.05442".</summary>
    public static string? InText(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var match = Mentioned().Match(text);
        return match.Success ? match.Groups["id"].Value : null;
    }

    public static string AbsUrl(string id) => $"https://arxiv.org/abs/{id}";

    public static string PdfUrl(string id) => $"https://arxiv.org/pdf/{id}";

    [GeneratedRegex(@"^(?:arxiv:)?(?<id>\d{4}\.\d{4,5}|[a-z][a-z.-]*/\d{7})(?:v\d+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Bare();

    [GeneratedRegex(@"^https?://(?:www\.|export\.)?arxiv\.org/(?:abs|pdf)/(?<id>\d{4}\.\d{4,5}|[a-z][a-z.-]*/\d{7})(?:v\d+)?(?:\.pdf)?/?$", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"\barxiv:\s*(?<id>\d{4}\.\d{4,5}|[a-z][a-z.-]*/\d{7})(?:v\d+)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Mentioned();
}
