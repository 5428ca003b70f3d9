namespace Catalog.Web.Api;

/// <summary>A paper close to another by content: its id, title and page, and the other paper's words it shares.</summary>
/// <param name="Id">The similar paper's id.</param>
/// <param name="Title">Its title, TeX included.</param>
/// <param name="Url">Its page.</param>
/// <param name="SharedWords">The words of the other paper it shares, most telling first.</param>
/// <param name="Similarity">The cosine of the two papers' embeddings when it was found by meaning; null when found by shared words.</param>
public sealed record ApiSimilarPaper(string Id, string Title, string Url, IReadOnlyList<string> SharedWords, double? Similarity);
