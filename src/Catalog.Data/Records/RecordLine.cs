using Catalog.Data.Seeds;

namespace Catalog.Data.Records;

/// <summary>What one line of a JSONL file gave: the record when it is usable, and every problem found in it.
/// A record with warnings is still usable; one with an error is skipped. <see cref="Path"/> names the file as problems do.</summary>
public sealed record RecordLine(string Path, int Line, PaperRecord? Record, IReadOnlyList<SeedProblem> Problems);
