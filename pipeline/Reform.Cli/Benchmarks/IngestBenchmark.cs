using System.Diagnostics;
using DuckDB.NET.Data;
using ExcelDataReader;
using ReformAnalytics.Ingest;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Cli.Benchmarks;

/// <summary>
/// The ingest benchmark, side by side in one run on the same files:
/// CSV — our full ingest (read, normalise, identify, lake, database) against DuckDB's own read_csv of the
/// same files into a table, once in memory (the target's reference) and once into a database file (for context:
/// our ingest also writes a database file); .xlsx — our full ingest against the bare read of the same workbooks by the
/// Excel reader alone (every cell of every row visited). Ratios, not absolute times, are what to quote: each
/// round measures the references and our ingest one after the other, the ratio is taken within the round, and
/// the median over the rounds is the figure (a shared machine's speed drifts between minutes, not within them).
/// </summary>
internal static class IngestBenchmark
{
    public static async Task<IngestBenchmarkResult> RunAsync(string workDir, int targetRows, bool includeXlsx, int rounds, Action<string> log, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        Directory.CreateDirectory(workDir);
        var sampleDir = Path.Combine(workDir, "sample");
        // One sample-county unit is about 190 tasks × 36 months ≈ 6,800 snapshot rows.
        var scale = Math.Max(1, (int)Math.Ceiling(targetRows / 6_800.0));
        var manifest = await SampleManifest.ReadAsync(sampleDir, ct).ConfigureAwait(false);
        var shape = includeXlsx ? SampleShape.PlainCsvAndXlsx : SampleShape.PlainCsv;
        // A sample written with both shapes serves a CSV-only run as well.
        if (manifest is { Shape: SampleShape.PlainCsvAndXlsx } && manifest.Scale == scale)
        {
            shape = SampleShape.PlainCsvAndXlsx;
        }

        if (manifest is null || manifest.Scale != scale || manifest.Shape != shape)
        {
            log($"生成放大 {scale} 倍的示例县（{shape}）…");
            if (Directory.Exists(sampleDir))
            {
                Directory.Delete(sampleDir, recursive: true);
            }

            manifest = await SampleCounty.WriteAsync(new SampleOptions { OutputDirectory = sampleDir, Scale = scale, Shape = shape }, ct).ConfigureAwait(false);
        }

        var csvDir = shape == SampleShape.PlainCsv ? sampleDir : Path.Combine(sampleDir, "csv");
        log($"样例数据：{manifest.SnapshotRows:N0} 行。共 {rounds} 轮，每轮依次测参照与本工具，比值逐轮计算。");
        var results = new List<IngestBenchmarkRound>(rounds);
        for (var round = 1; round <= rounds; round++)
        {
            log($"第 {round} 轮：DuckDB read_csv 参照（读入内存表，再读入数据库文件）…");
            var duck = await TimeDuckDbReadCsvAsync(csvDir, null, ct).ConfigureAwait(false);
            var duckFile = await TimeDuckDbReadCsvAsync(csvDir, Path.Combine(workDir, "read_csv-reference.duckdb"), ct).ConfigureAwait(false);
            log($"第 {round} 轮：本工具入库 CSV …");
            var pauseBefore = GC.GetTotalPauseDuration();
            var (csv, stages) = await TimeIngestAsync(csvDir, Path.Combine(workDir, "csv-run"), ct).ConfigureAwait(false);
            var csvPause = GC.GetTotalPauseDuration() - pauseBefore;

            Measured? bareXlsx = null;
            Measured? xlsx = null;
            if (includeXlsx)
            {
                var xlsxDir = Path.Combine(sampleDir, "xlsx");
                log($"第 {round} 轮：Excel 读取器单独读取 .xlsx 参照…");
                bareXlsx = TimeBareExcelRead(xlsxDir, ct);
                log($"第 {round} 轮：本工具入库 .xlsx …");
                (xlsx, _) = await TimeIngestAsync(xlsxDir, Path.Combine(workDir, "xlsx-run"), ct).ConfigureAwait(false);
            }

            results.Add(new IngestBenchmarkRound(duck, duckFile, csv, stages, csvPause, bareXlsx, xlsx));
        }

        return new IngestBenchmarkResult(manifest.SnapshotRows, results, Process.GetCurrentProcess().PeakWorkingSet64);
    }

    /// <summary>
    /// DuckDB's own read of the same CSV files into a table: in memory (<paramref name="databaseFile"/> null), or into
    /// a database file, checkpointed, which is where our ingest puts its rows too.
    /// </summary>
    private static async Task<Measured> TimeDuckDbReadCsvAsync(string csvDir, string? databaseFile, CancellationToken ct)
    {
        if (databaseFile is not null)
        {
            File.Delete(databaseFile);
            File.Delete(databaseFile + ".wal");
        }

        await using var connection = new DuckDBConnection("DataSource=" + (databaseFile ?? ":memory:"));
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var glob = Path.Combine(csvDir, "*.csv").Replace("'", "''", StringComparison.Ordinal);
        command.CommandText = $"CREATE TABLE t AS SELECT * FROM read_csv('{glob}', header = true, union_by_name = true, filename = true)";
        var watch = Stopwatch.StartNew();
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        if (databaseFile is not null)
        {
            command.CommandText = "CHECKPOINT";
            await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }

        watch.Stop();
        command.CommandText = "SELECT count(*) FROM t";
        var rows = Convert.ToInt64(await command.ExecuteScalarAsync(ct).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        return new Measured(rows, watch.Elapsed);
    }

    private static async Task<(Measured Measured, IReadOnlyList<StageTiming> Stages)> TimeIngestAsync(string inputDir, string runDir, CancellationToken ct)
    {
        if (Directory.Exists(runDir))
        {
            Directory.Delete(runDir, recursive: true);
        }

        Directory.CreateDirectory(runDir);
        var options = new IngestOptions { DatabasePath = Path.Combine(runDir, "bench.duckdb"), LakeRoot = Path.Combine(runDir, "lake") };
        var watch = Stopwatch.StartNew();
        var summary = await IngestRunner.RunAsync([inputDir], options, ct).ConfigureAwait(false);
        watch.Stop();
        if (summary.Refused)
        {
            throw new InvalidOperationException("基准数据入库被拒收：" + string.Join("；", summary.Files.Where(f => f.Outcome == FileOutcome.Refused).Select(f => f.Message)));
        }

        return (new Measured(summary.RowsStored, watch.Elapsed), summary.Timings);
    }

    private static Measured TimeBareExcelRead(string xlsxDir, CancellationToken ct)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var files = Directory.GetFiles(xlsxDir, "*.xlsx").Order(StringComparer.Ordinal).ToArray();
        long rows = 0;
        long cells = 0;
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            using var stream = File.OpenRead(file);
            using var reader = ExcelReaderFactory.CreateReader(stream);
            do
            {
                while (reader.Read())
                {
                    rows++;
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        if (reader.GetValue(i) is not null)
                        {
                            cells++;
                        }
                    }
                }
            }
            while (reader.NextResult());
        }

        watch.Stop();
        // Header rows are counted as rows read; the difference is a few rows per file.
        return new Measured(rows, watch.Elapsed) { Cells = cells };
    }
}
