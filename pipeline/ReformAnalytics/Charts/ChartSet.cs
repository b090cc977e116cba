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
    /// 2024年第二季度-图1-逐月完成进度与计划进度.png, numbered as in the report), so several quarters' charts can share
    /// a folder. A figure whose title depends on the data (图2's two views, 图5 without last quarter) leaves one file
    /// per quarter: the same quarter's file under the figure's other title, drawn earlier from fewer months, is
    /// removed. Returns the files written.
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
            var stem = Path.Combine(outDir, FileStem(quarter, i + 1, chart.Title));
            await File.WriteAllBytesAsync(stem + ".png", chart.Png, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(stem + ".svg", chart.Svg ?? string.Empty, cancellationToken).ConfigureAwait(false);
            written.Add(stem + ".png");
            written.Add(stem + ".svg");
            foreach (var other in TitlesOf(chart).Where(t => !string.Equals(t, chart.Title, StringComparison.Ordinal)))
            {
                var superseded = Path.Combine(outDir, FileStem(quarter, i + 1, other));
                File.Delete(superseded + ".png");
                File.Delete(superseded + ".svg");
            }
        }

        return written;
    }

    /// <summary>
    /// A chart's file name without extension: the quarter, its number in the report and its title
    /// (2024年第二季度-图8-各单位逐月滞后任务数), made safe as every file the office is handed (<see cref="SafeFileName"/>).
    /// The quarter keeps one quarter's charts from overwriting another's in a shared folder, and names the quarter as
    /// the report (2024年第二季度改革任务推进情况分析.docx) and the lists do.
    /// </summary>
    public static string FileStem(Quarter quarter, int number, string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return SafeFileName.Of(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{quarter.Label}-图{number}-{title.Trim()}"));
    }

    /// <summary>Every title a chart may carry, as the data decide: the file of one quarter's figure goes by one of them.</summary>
    private static IReadOnlyList<string> TitlesOf(RenderedChart chart) => chart.Name switch
    {
        ProgressVsTimeChart.Name => [ProgressVsTimeChart.TimeTitle, ProgressVsTimeChart.DeadlineTitle],
        QuarterChangeChart.Name => [QuarterChangeChart.ComparedTitle, QuarterChangeChart.UncomparedTitle],
        _ => [chart.Title],
    };

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
