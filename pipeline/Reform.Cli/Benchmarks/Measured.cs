namespace ReformAnalytics.Cli.Benchmarks;

/// <summary>Rows handled in a measured time.</summary>
internal sealed record Measured(long Rows, TimeSpan Elapsed)
{
    public long Cells { get; init; }

    public double RowsPerSecond => Rows / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
