using System.Globalization;
using ReformAnalytics.Model;

namespace ReformAnalytics.Metrics;

/// <summary>
/// Timings of <see cref="MetricsBenchmark"/> (medians): every summary for one status date against the bare
/// reference group-by over the same snapshots in the same run, restricted to that month (<see cref="Reference"/>,
/// the stricter comparison, on which <see cref="Ratio"/> and the target are read) and over the whole table
/// (<see cref="FullTableReference"/>). <see cref="Refresh"/> is the rebuild of the stored tables after an
/// ingest, only when asked for.
/// </summary>
public sealed record MetricsBenchmarkResult(
    long SnapshotRows,
    ReportMonth AsOf,
    int Repeats,
    TimeSpan Reference,
    TimeSpan Summaries,
    TimeSpan? Refresh,
    TimeSpan FullTableReference)
{
    /// <summary>Summaries / the month's reference group-by; the target is 3 or less.</summary>
    public double Ratio => Summaries.TotalMilliseconds / Math.Max(Reference.TotalMilliseconds, 1e-3);

    /// <summary>Summaries / the reference group-by over the whole table.</summary>
    public double FullTableRatio => Summaries.TotalMilliseconds / Math.Max(FullTableReference.TotalMilliseconds, 1e-3);

    /// <summary>One Chinese line for the office (and the closing note).</summary>
    public string Describe()
    {
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"快照 {SnapshotRows:N0} 行，统计月份 {AsOf}（取 {Repeats} 次中位数）：全部汇总 {Summaries.TotalMilliseconds:0.0} 毫秒；对照：当月分组查询 {Reference.TotalMilliseconds:0.0} 毫秒，比值 {Ratio:0.00} 倍（目标不超过 3 倍）；全表分组查询 {FullTableReference.TotalMilliseconds:0.0} 毫秒，比值 {FullTableRatio:0.00} 倍。");
        if (Refresh is { } refresh)
        {
            line += string.Create(CultureInfo.InvariantCulture, $"导入后重建指标表 {refresh.TotalMilliseconds:0} 毫秒。");
        }

        return line;
    }
}
