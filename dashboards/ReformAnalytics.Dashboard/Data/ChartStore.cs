using System.Collections.Concurrent;
using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// The charts stage's quarterly charts (<see cref="ChartSet"/>), drawn from one data copy through a sandboxed
/// connection, once per report month asked for, and kept with the copy. The copy's latest month is drawn as
/// soon as the copy is served, so the overview rarely waits for it.
/// </summary>
internal sealed class ChartStore
{
    private const int Capacity = 12;
    private readonly ConcurrentDictionary<ReportMonth, Lazy<Task<ChartResult>>> _charts = new();

    public Task<ChartResult> GetAsync(DataGeneration data, ReportMonth month)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (_charts.Count >= Capacity && !_charts.ContainsKey(month))
        {
            _charts.Clear();
        }

        return _charts.GetOrAdd(month, m => new Lazy<Task<ChartResult>>(() => RenderAsync(data, m))).Value;
    }

    private static async Task<ChartResult> RenderAsync(DataGeneration data, ReportMonth month)
    {
        if (!data.Catalog.Has("metric_summary"))
        {
            return new ChartResult([], null);
        }

        try
        {
            await using var connection = await data.OpenConnectionAsync(CancellationToken.None).ConfigureAwait(false);
            var chartData = await ChartDataLoader.LoadAsync(connection, Quarter.Of(month), month, CancellationToken.None).ConfigureAwait(false);
            var charts = await Task.Run(() => ChartSet.Render(chartData, ChartTheme.Default)).ConfigureAwait(false);
            return new ChartResult(charts, null, chartData.UnitBehind);
        }
        catch (CjkFontNotFoundException e)
        {
            return new ChartResult([], "服务器上没有中文字体，无法绘制图表（Debian 上安装 fonts-noto-cjk 后重启看板）。" + e.Message);
        }
        catch (Exception e) when (e is DuckDB.NET.Data.DuckDBException or InvalidOperationException or ObjectDisposedException)
        {
            return new ChartResult([], "图表没有绘制成功：" + e.Message.Split('\n', 2)[0]);
        }
    }
}
