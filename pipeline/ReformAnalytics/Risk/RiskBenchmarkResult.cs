using System.Globalization;

namespace ReformAnalytics.Risk;

/// <summary>
/// Timings of <see cref="RiskBenchmark"/>: preparing the scaled sample (generate, ingest, metric tables; zero when
/// reused), reading the examples (risk_features with labels), training the model on every row with a known outcome,
/// scoring open tasks, and explaining some of them. Wall-clock times on the machine it ran on.
/// </summary>
public sealed record RiskBenchmarkResult(
    int Scale,
    long SnapshotRows,
    TimeSpan Prepare,
    int ExampleRows,
    TimeSpan LoadExamples,
    int TrainingRows,
    TimeSpan Training,
    int ScoredRows,
    TimeSpan Scoring,
    int ExplainedRows,
    TimeSpan Explaining,
    long PeakWorkingSetBytes)
{
    /// <summary>Chinese lines for the office (and the closing note).</summary>
    public IReadOnlyList<string> Describe() =>
    [
        F($"规模 {Scale} 个样例县：快照 {SnapshotRows:N0} 行；准备（生成、入库、指标表）{Prepare.TotalSeconds:0.0} 秒。"),
        F($"读取特征与标签：{ExampleRows:N0} 行，{LoadExamples.TotalSeconds:0.0} 秒。"),
        F($"训练（梯度提升树，含文本特征与留出校准）：{TrainingRows:N0} 个样本，{Training.TotalSeconds:0.0} 秒。"),
        F($"打分：{ScoredRows:N0} 项在办任务，{Scoring.TotalSeconds:0.00} 秒（每秒 {ScoredRows / Math.Max(Scoring.TotalSeconds, 1e-6):N0} 项）。"),
        F($"给出原因：{ExplainedRows:N0} 项，{Explaining.TotalSeconds:0.00} 秒。"),
        F($"进程内存峰值：{PeakWorkingSetBytes / 1024.0 / 1024.0:N0} MiB。"),
    ];

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
