using Catalog.Data.Records;

namespace Catalog.Data.Bibliography;

/// <summary>Fields an existing paper file lacks and the input gives: the update to write, and one line per change, such as
/// "papers/2302.05442.md: adds doi '10.48550/arXiv.2302.05442' (refs.bib:12)".</summary>
public sealed record PlannedUpdate(SeedFileUpdate Update, IReadOnlyList<string> Changes);
