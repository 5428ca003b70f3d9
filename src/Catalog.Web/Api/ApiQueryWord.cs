namespace Catalog.Web.Api;

/// <summary>One term of the search as typed, and what was looked for in its place.</summary>
/// <param name="Typed">The term as typed, written again ("fine-tuning", "\"vision transformer\"", "year:2023").</param>
/// <param name="Role">"required", "optional" (a ranked search's words, of which a paper holds some), "excluded" or "filter".</param>
/// <param name="SearchedAs">The forms searched for it as the index holds them: stems, a compound's joined and split forms, a Greek letter's TeX name.</param>
public sealed record ApiQueryWord(string Typed, string Role, IReadOnlyList<string> SearchedAs);
