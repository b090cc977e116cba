namespace ReformAnalytics.Cli.Benchmarks;

/// <summary>The ingest benchmark's measurements; ratios are what to quote.</summary>
internal sealed record IngestBenchmarkResult(long SampleRows, Measured DuckDbReadCsv, Measured IngestCsv, Measured? BareXlsxRead, Measured? IngestXlsx, long PeakWorkingSetBytes, IReadOnlyList<ReformAnalytics.Ingest.StageTiming> CsvStages)
{
    /// <summary>Our CSV ingest time over DuckDB's read_csv time (target ≤ 1.5).</summary>
    public double CsvRatio => IngestCsv.Elapsed.TotalSeconds / DuckDbReadCsv.Elapsed.TotalSeconds;

    /// <summary>Our .xlsx ingest rows/s over the bare Excel read rows/s (target ≥ 0.7).</summary>
    public double? XlsxRatio => IngestXlsx is null || BareXlsxRead is null ? null : IngestXlsx.RowsPerSecond / BareXlsxRead.RowsPerSecond;
}
