namespace ReformAnalytics.Cli.Benchmarks;

/// <summary>The ingest benchmark's measurements; ratios are what to quote.</summary>
internal sealed record IngestBenchmarkResult(long SampleRows, Measured DuckDbReadCsv, Measured IngestCsv, Measured? BareXlsxRead, Measured? IngestXlsx, long PeakWorkingSetBytes, IReadOnlyList<ReformAnalytics.Ingest.StageTiming> CsvStages)
{
    /// <summary>DuckDB's read_csv of the same files into a database file, checkpointed (context for <see cref="CsvRatio"/>).</summary>
    public Measured? DuckDbReadCsvToFile { get; init; }

    /// <summary>Our CSV ingest time over DuckDB's read_csv time into memory (target ≤ 1.5).</summary>
    public double CsvRatio => IngestCsv.Elapsed.TotalSeconds / DuckDbReadCsv.Elapsed.TotalSeconds;

    /// <summary>Our CSV ingest time over DuckDB's read_csv time into a database file.</summary>
    public double? CsvToFileRatio => DuckDbReadCsvToFile is null ? null : IngestCsv.Elapsed.TotalSeconds / DuckDbReadCsvToFile.Elapsed.TotalSeconds;

    /// <summary>Our .xlsx ingest rows/s over the bare Excel read rows/s (target ≥ 0.7).</summary>
    public double? XlsxRatio => IngestXlsx is null || BareXlsxRead is null ? null : IngestXlsx.RowsPerSecond / BareXlsxRead.RowsPerSecond;
}
