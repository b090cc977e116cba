using ReformAnalytics.Ingest;
using ReformAnalytics.Model;

namespace ReformAnalytics.Cli.Benchmarks;

/// <summary>The ingest benchmark's rounds; the median of the per-round ratios is what to quote.</summary>
internal sealed record IngestBenchmarkResult(long SampleRows, IReadOnlyList<IngestBenchmarkRound> Rounds, long PeakWorkingSetBytes)
{
    /// <summary>Our CSV ingest time over DuckDB's read_csv time into memory, median over the rounds (target ≤ 1.5).</summary>
    public double CsvRatio => Median.Of(Rounds.Select(r => r.CsvRatio));

    /// <summary>Our CSV ingest time over DuckDB's read_csv time into a database file, median over the rounds.</summary>
    public double CsvToFileRatio => Median.Of(Rounds.Select(r => r.CsvToFileRatio));

    /// <summary>Our .xlsx ingest rows/s over the bare Excel read rows/s, median over the rounds (target ≥ 0.7).</summary>
    public double? XlsxRatio => Rounds.All(r => r.XlsxRatio is not null) ? Median.Of(Rounds.Select(r => r.XlsxRatio!.Value)) : null;

    /// <summary>The round whose CSV ratio is the median (for its stage split).</summary>
    public IngestBenchmarkRound MedianCsvRound => Rounds.OrderBy(r => r.CsvRatio).ElementAt((Rounds.Count - 1) / 2);
}

/// <summary>
/// One round: DuckDB's read_csv into memory (the reference) and into a database file, our CSV ingest (with its
/// stage times and garbage-collector pause), and when asked the bare .xlsx read and our .xlsx ingest.
/// </summary>
internal sealed record IngestBenchmarkRound(
    Measured DuckDbReadCsv,
    Measured DuckDbReadCsvToFile,
    Measured IngestCsv,
    IReadOnlyList<StageTiming> CsvStages,
    TimeSpan CsvGcPause,
    Measured? BareXlsxRead,
    Measured? IngestXlsx)
{
    public double CsvRatio => IngestCsv.Elapsed.TotalSeconds / DuckDbReadCsv.Elapsed.TotalSeconds;

    public double CsvToFileRatio => IngestCsv.Elapsed.TotalSeconds / DuckDbReadCsvToFile.Elapsed.TotalSeconds;

    public double? XlsxRatio => IngestXlsx is null || BareXlsxRead is null ? null : IngestXlsx.RowsPerSecond / BareXlsxRead.RowsPerSecond;
}
