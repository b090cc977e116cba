using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Ingest;
using ReformAnalytics.Sample;

namespace ReformAnalytics.Risk;

/// <summary>
/// `reform bench risk`: training time on over a million rows with a known outcome (a scaled sample county, plain CSV
/// shape) and scoring time for 100,000 open tasks. The scaled sample and its database are kept in the work folder
/// and reused while the scale is the same. A benchmark, not a test: Stopwatch wall-clock times of one run.
/// </summary>
public static class RiskBenchmark
{
    private const string MarkerFile = "risk-bench-scale.txt";

    public static async Task<RiskBenchmarkResult> RunAsync(RiskBenchmarkOptions options, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var work = Path.GetFullPath(options.WorkDirectory);
        var database = Path.Combine(work, "reform.duckdb");
        var watch = Stopwatch.StartNew();
        await PrepareAsync(options, work, database, progress, cancellationToken).ConfigureAwait(false);
        var connection = new DuckDBConnection("DataSource=" + database);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report("安装指标表与风险定义……");
            await RiskViews.InstallAsync(connection, cancellationToken).ConfigureAwait(false);
            var prepare = watch.Elapsed;
            var snapshots = await Database.ReformDatabase.ScalarAsync<long>(connection, "SELECT count(*) FROM snapshots", cancellationToken).ConfigureAwait(false);

            progress?.Report("读取特征与标签……");
            watch.Restart();
            var rows = await RiskDataset.LoadAsync(connection, options.Model, null, null, cancellationToken).ConfigureAwait(false);
            var load = watch.Elapsed;

            var train = rows.Where(r => r.FellBehind is not null).ToList();
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"训练：{train.Count:N0} 个样本……"));
            watch.Restart();
            var (fit, calibration) = RiskSplit.ByTask(train, options.Model.CalibrationShare);
            var model = RiskModel.Train(fit, calibration, RiskLearner.FastTree, options.Model);
            var training = watch.Elapsed;
            var trainingRows = train.Count;
            train = fit = calibration = [];

            var scored = rows.Skip(Math.Max(0, rows.Count - options.ScoringRows)).ToList();
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"打分：{scored.Count:N0} 项……"));
            watch.Restart();
            _ = model.Predict(scored);
            var scoring = watch.Elapsed;

            var explained = scored.Take(options.ExplainedRows).ToList();
            watch.Restart();
            var contributions = model.Explain(explained);
            for (var i = 0; i < explained.Count; i++)
            {
                _ = RiskExplainer.Reasons(contributions[i], explained[i].Facts);
            }

            var explaining = watch.Elapsed;
            using var process = Process.GetCurrentProcess();
            return new RiskBenchmarkResult(
                options.Scale,
                snapshots,
                prepare,
                rows.Count,
                load,
                trainingRows,
                training,
                scored.Count,
                scoring,
                explained.Count,
                explaining,
                process.PeakWorkingSet64);
        }
    }

    private static async Task PrepareAsync(RiskBenchmarkOptions options, string work, string database, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var marker = Path.Combine(work, MarkerFile);
        var scale = options.Scale.ToString(CultureInfo.InvariantCulture);
        if (File.Exists(database) && File.Exists(marker) && (await File.ReadAllTextAsync(marker, cancellationToken).ConfigureAwait(false)).Trim() == scale)
        {
            progress?.Report($"沿用已有的 {scale} 倍样例数据库：{database}");
            return;
        }

        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        Directory.CreateDirectory(work);
        var sample = Path.Combine(work, "sample");
        progress?.Report($"生成 {scale} 倍样例县数据（纯 CSV）……");
        await SampleCounty.WriteAsync(new SampleOptions { OutputDirectory = sample, Scale = options.Scale, Shape = SampleShape.PlainCsv }, cancellationToken).ConfigureAwait(false);
        progress?.Report("入库……");
        await IngestRunner.RunAsync([sample], new IngestOptions { DatabasePath = database, LakeRoot = Path.Combine(work, "lake") }, cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(marker, scale, cancellationToken).ConfigureAwait(false);
    }
}
