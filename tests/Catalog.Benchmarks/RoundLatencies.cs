namespace Catalog.Benchmarks;

/// <summary>Timings taken in several rounds: each percentile is the median of the rounds' own percentiles, so a round
/// that a shift in the machine's load made slow or fast does not set the figure.</summary>
public sealed class RoundLatencies(IReadOnlyList<Latencies> rounds)
{
    public IReadOnlyList<Latencies> Rounds { get; } = rounds;

    public double P50 => Median(r => r.P50);

    public double P95 => Median(r => r.P95);

    public double P99 => Median(r => r.P99);

    public double Max => Median(r => r.Max);

    private double Median(Func<Latencies, double> percentile)
    {
        var values = Rounds.Select(percentile).Order().ToList();
        return values.Count == 0 ? double.NaN
            : values.Count % 2 == 1 ? values[values.Count / 2]
            : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }
}
