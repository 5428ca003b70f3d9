namespace Catalog.Data.Search.Engine.Explain;

/// <summary>One thing a person typed and what the search looked for in its place.</summary>
/// <param name="Typed">The term as typed (written again: <c>fine-tuning</c>, <c>"vision transformer"</c>, <c>year:2023</c>).</param>
/// <param name="Role">"required", "optional" (a ranked search's words, of which a paper holds some), "excluded" or "filter".</param>
/// <param name="SearchedAs">The forms searched for it, as the index holds them: stems, the joined and the split form of a
/// compound, a Greek letter's TeX name (<c>transform</c>; <c>"fine tune"</c>, <c>finetun</c>).</param>
public sealed record QueryWord(string Typed, string Role, IReadOnlyList<string> SearchedAs);
