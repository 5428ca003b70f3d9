using System.Globalization;
using Catalog.Data.Records;

namespace Catalog.Benchmarks;

/// <summary>One size of the growth table.</summary>
public sealed record GrowthRow(string Size, int Papers, ImportMeasurement Import, long CatalogBytes, OpenMeasurement Open);

/// <summary>How the catalog grows: the arXiv and ACL records together at a quarter, half and all of them, and at twice
/// that (every record again under a new id). Each size is written as seeds, imported in a child process, and opened in
/// another (<see cref="OpenChild"/>), so no two sizes share a heap; then the next size replaces it on disk.</summary>
public static class GrowthBenchmark
{
    /// <summary>What the second copy of every record has added to its id.</summary>
    public const string CopySuffix = "-2";

    private static readonly (string Name, double Share)[] s_sizes = [("quarter", 0.25), ("half", 0.5), ("all", 1), ("twice", 2)];

    public static void Run(BenchmarkOptions options, string temp, Targets targets)
    {
        var counts = new[] { options.ArxivFile, options.AclFile }.Select(CountRecords).ToArray();
        var rows = new List<GrowthRow>();
        foreach (var (name, share) in s_sizes)
        {
            var folder = Path.Combine(temp, "growth", name);
            var seeds = Path.Combine(folder, "seeds");
            var db = Path.Combine(folder, "catalog.db");
            Section.Progress($"growth: {name} of arXiv + ACL -> seeds");
            CorpusSeeds.Convert(Records(options, counts, share), seeds, $"arXiv + ACL, {name}");
            Section.Progress($"growth: {name}: import");
            var import = ImportBenchmark.Run(seeds, db);
            if (!import.Succeeded)
            {
                throw new InvalidOperationException($"the {name} import failed with {import.Errors} errors:\n{string.Join('\n', import.FirstErrors)}");
            }

            var bytes = CatalogBytes(db);
            Section.Progress($"growth: {name}: open and search");
            var open = OpenBenchmark.Run(db, options.Iterations, options.WarmUp);
            rows.Add(new GrowthRow(name, import.Papers, import, bytes, open));
            if (!options.Keep)
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        Print(rows);
        var exponents = rows[0].Open.Kinds.Select((k, i) => (k.Name, Exponent: Exponent(rows[0], rows[^1], r => r.Open.Kinds[i].P50))).ToList();
        targets.Check("growth: top-k kinds grow less than linearly (p50 exponent, quarter to twice)",
            string.Join(", ", exponents.Select(e => FormattableString.Invariant($"{e.Name} {e.Exponent:0.00}"))), exponents.All(e => e.Exponent < 1));
    }

    private static void Print(List<GrowthRow> rows)
    {
        var kinds = rows[0].Open.Kinds;
        var columns = new List<(string Name, Func<GrowthRow, double> Value, Func<double, string> Format)>
        {
            ("import s", r => r.Import.ImportMs, ms => ImportFigures.Seconds(ms)),
            ("import peak MiB", r => r.Import.PeakResidentBytes, Mib),
            ("catalog MiB", r => r.CatalogBytes, Mib),
            ("open s", r => r.Open.OpenMs, ms => ImportFigures.Seconds(ms)),
            ("resident MiB", r => r.Open.ResidentBytes, Mib),
        };
        columns.AddRange(kinds.Select((k, i) => ($"p50 {k.Name} ms", (Func<GrowthRow, double>)(r => r.Open.Kinds[i].P50), (Func<double, string>)Table.Ms)));

        Section.Title("Growth: arXiv + ACL at a quarter, half, all and twice (every record again under a new id)");
        var table = new Table(["size", "papers", .. columns.Select(c => c.Name)]);
        foreach (var row in rows)
        {
            table.Row([row.Size, row.Papers, .. columns.Select(c => c.Format(c.Value(row)))]);
        }

        table.Print();
        var growth = new Table(["how it grows", .. rows.Skip(1).Select((r, i) => $"{rows[i].Size} -> {r.Size}"), $"{rows[0].Size} -> {rows[^1].Size}"]);
        foreach (var (name, value, _) in columns)
        {
            growth.Row([name, .. rows.Skip(1).Select((r, i) => Format(Exponent(rows[i], r, value))), Format(Exponent(rows[0], rows[^1], value))]);
        }

        growth.Print();
        Section.Note("Each figure's growth exponent between two sizes: log(t2 / t1) / log(n2 / n1), n the papers: 1 grows as the catalog does, 0 not at all.");
        Section.Note($"Every size is imported in a process of its own and opened in another (resident: VmRSS after opening and the timed searches); the queries: {string.Join("; ", kinds.Select(k => $"{k.Name} {k.Query} {k.Filters}".Trim()))} (the most frequent author at each size).");
        Console.WriteLine();
    }

    private static double Exponent(GrowthRow from, GrowthRow to, Func<GrowthRow, double> value) =>
        Math.Log(value(to) / value(from)) / Math.Log(to.Papers / (double)from.Papers);

    private static string Format(double exponent) => double.IsFinite(exponent) ? exponent.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    private static string Mib(double bytes) => (bytes / 1024 / 1024).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>The first share of each file's usable records (both at twice: then the second copy with new ids).</summary>
    private static IEnumerable<RecordLine> Records(BenchmarkOptions options, int[] counts, double share)
    {
        var files = new[] { options.ArxivFile, options.AclFile };
        for (var copy = 0; copy < Math.Ceiling(share); copy++)
        {
            for (var f = 0; f < files.Length; f++)
            {
                var take = (int)Math.Ceiling(counts[f] * Math.Min(1, share));
                foreach (var line in PaperRecordReader.Read(files[f]).Where(l => l.Record is not null).Take(take))
                {
                    yield return copy == 0 ? line : line with { Record = line.Record! with { Id = NewId(line.Record.Id) } };
                }
            }
        }
    }

    private static string NewId(string id) =>
        (id.Length + CopySuffix.Length <= 128 ? id : id[..(128 - CopySuffix.Length)]) + CopySuffix;

    private static int CountRecords(string file) => PaperRecordReader.Read(file).Count(l => l.Record is not null);

    /// <summary>The catalog file and any file beside it that belongs to it (a journal, structures saved next to it).</summary>
    private static long CatalogBytes(string db) =>
        new DirectoryInfo(Path.GetDirectoryName(db)!).GetFiles(Path.GetFileName(db) + "*").Sum(f => f.Length);
}
