using DuckDB.NET.Data;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Charts;

/// <summary>The quarter's charts (一季一分析): rendered in memory for the report, or written as PNG and SVG.</summary>
public static class ChartSet
{
    /// <summary>
    /// Renders all charts from already loaded data, in the order the report shows them. The charts are
    /// independent plots, so they are drawn in parallel.
    /// </summary>
    public static IReadOnlyList<RenderedChart> Render(QuarterChartData data, ChartTheme? theme = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var t = theme ?? ChartTheme.Default;
        ChartFonts.EnsureRegistered();
        Func<RenderedChart>[] charts =
        [
            () => MonthlyTrendChart.Render(data.Trend, theme: t),
            () => ProgressVsTimeChart.Render(data.Tasks, data.StatusDate, data.TasksNotPlotted, t),
            () => LagDistributionChart.Render(data.Lags, thresholds: data.Thresholds, theme: t),
            () => GroupCompletionChart.Render(data.GroupStatus, theme: t),
            () => QuarterChangeChart.Render(data.GroupChange, data.PreviousLabel, data.CurrentLabel, theme: t),
            () => LedgerComparisonChart.Render(data.Ledgers, theme: t),
            () => UnitRankingChart.Render(data.Ranking, theme: t),
            () => BehindHeatmapChart.Render(data.UnitBehind, theme: t),
        ];
        var rendered = new RenderedChart[charts.Length];
        Parallel.For(0, charts.Length, i => rendered[i] = charts[i]());
        return rendered;
    }

    /// <summary>
    /// <c>reform charts --db FILE --quarter 2024Q2 --out DIR</c>: renders the quarter's charts from the metric views
    /// (the connection must have had <see cref="MetricViews.InstallAsync"/> run) and writes each as
    /// PNG and SVG in <paramref name="outDir"/>, under the names the office files them by (<see cref="FileStem"/>:
    /// 图1-逐月完成进度与计划进度.png, numbered as in the report). Returns the files written.
    /// </summary>
    public static async Task<IReadOnlyList<string>> RenderAsync(DuckDBConnection connection, Quarter quarter, string outDir, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        var asOf = await ReportMonthOfAsync(connection, quarter, cancellationToken).ConfigureAwait(false);
        var data = await ChartDataLoader.LoadAsync(connection, quarter, asOf, cancellationToken).ConfigureAwait(false);
        ChartFonts.EnsureRegistered();
        Directory.CreateDirectory(outDir);
        var written = new List<string>();
        var charts = Render(data);
        for (var i = 0; i < charts.Count; i++)
        {
            var chart = charts[i];
            var png = Path.Combine(outDir, FileStem(i + 1, chart) + ".png");
            var svg = Path.Combine(outDir, FileStem(i + 1, chart) + ".svg");
            await File.WriteAllBytesAsync(png, chart.Png, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(svg, chart.Svg ?? string.Empty, cancellationToken).ConfigureAwait(false);
            written.Add(png);
            written.Add(svg);
        }

        return written;
    }

    /// <summary>
    /// A chart's file name without extension: its number in the report and its title (图8-各单位逐月滞后任务数), made safe
    /// as every file the office is handed (<see cref="SafeFileName"/>).
    /// </summary>
    public static string FileStem(int number, RenderedChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return SafeFileName.Of(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"图{number}-{chart.Title.Trim()}"));
    }

    /// <summary>
    /// The report month a quarter is read at: its last month with snapshots (the quarter's last month once that
    /// month's returns are in). Fails in Chinese when the quarter has no data.
    /// </summary>
    public static async Task<ReportMonth> ReportMonthOfAsync(DuckDBConnection connection, Quarter quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var latest = await new MetricQueries(connection).LatestMonthAsync(quarter.FirstMonth, quarter.LastMonth, cancellationToken).ConfigureAwait(false);
        return latest ?? throw new InvalidOperationException($"数据库中没有{quarter.Label}（{quarter}）的台账数据，请先导入该季度的月度台账。");
    }
}
