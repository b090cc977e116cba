using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Charts;

/// <summary>
/// Reads the quarter's chart data from the metric views: metric_summary and unit_ranking through
/// <see cref="MetricQueries"/>, the rest through the chart_*.sql files beside this class (plain selections and
/// counts over task_status; no metric is redefined in C#).
/// </summary>
public static class ChartDataLoader
{
    /// <summary>Loads every chart's data at report month <paramref name="asOf"/> (the quarter's latest month with data).</summary>
    public static async Task<QuarterChartData> LoadAsync(DuckDBConnection connection, Quarter quarter, ReportMonth asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var queries = new MetricQueries(connection);
        var month = asOf.FirstDay;

        var groupStatus = await ReadAsync(connection, "chart_group_status.sql", month, r => new GroupStatusCount(Text(r, 0), Text(r, 1), Int(r, 2)), cancellationToken).ConfigureAwait(false);
        var trend = await ReadAsync(connection, "chart_monthly_trend.sql", month, r => (Month: ReportMonth.Of(Date(r, 0)), Work: NullableDouble(r, 1), Time: NullableDouble(r, 2), Calendar: NullableDouble(r, 3)), cancellationToken).ConfigureAwait(false);
        var tasks = await ReadAsync(connection, "chart_task_progress.sql", month, r => (Id: Text(r, 0), Planned: NullableDouble(r, 1), Actual: NullableDouble(r, 2), Light: Text(r, 3), Deadline: r.IsDBNull(4) ? (DateOnly?)null : Date(r, 4)), cancellationToken).ConfigureAwait(false);
        var lags = await ReadAsync(connection, "chart_lag.sql", month, r => (Lag: Double(r, 0), Amber: Double(r, 1), Red: Double(r, 2)), cancellationToken).ConfigureAwait(false);
        var behind = await ReadAsync(connection, "chart_unit_behind.sql", month, r => new UnitMonthCount(Text(r, 0), ReportMonth.Of(Date(r, 1)), Int(r, 2), Int(r, 3), (bool)r.GetValue(4)), cancellationToken).ConfigureAwait(false);
        var ledgers = await queries.SummaryAsync(asOf, MetricGrouping.Ledger, cancellationToken).ConfigureAwait(false);
        var groups = await queries.SummaryAsync(asOf, MetricGrouping.Group, cancellationToken).ConfigureAwait(false);
        var ranking = await queries.UnitRankingAsync(asOf, cancellationToken).ConfigureAwait(false);
        var thresholds = await ThresholdsAsync(connection, cancellationToken).ConfigureAwait(false);

        return new QuarterChartData(
            quarter.Previous().Label,
            quarter.Label,
            groupStatus,
            [.. trend.Where(t => t.Work is not null && t.Time is not null).Select(t => new MonthlyProgress(t.Month, t.Work!.Value, t.Time!.Value, t.Calendar))],
            [.. ranking.Where(u => u.Ranked && u.Rank is not null).Select(u => new UnitScore(u.LeadUnit, u.Score, u.Rank!.Value, u.Board, u.FiguresNote))],
            [.. lags.Select(l => l.Lag)],
            thresholds,
            [.. tasks.Where(t => t.Planned is not null && t.Actual is not null && t.Deadline is not null)
                .Select(t => new TaskProgressPoint(t.Id, t.Planned!.Value, t.Actual!.Value, TrafficLightNames.TryParse(t.Light, out var light) ? light : TrafficLight.Amber, t.Deadline!.Value))],
            new TasksNotPlotted(tasks.Count(t => t.Planned is null), tasks.Count(t => t.Planned is not null && t.Actual is null)),
            [.. ledgers.Select(l => new LedgerTotals(LedgerNames.LabelOf(l.GroupName), l.Tasks, l.Completed, l.Behind, l.Overdue))],
            [.. groups.Select(g => new PeriodComparison(g.GroupName, g.CompletionRatePrevQuarterPct, g.CompletionRatePct))],
            behind,
            asOf.StatusDate);
    }

    /// <summary>The Chinese name of a ledger id from the views (the id itself when unknown).</summary>

    private static async Task<LagThresholds?> ThresholdsAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT amber_lag_pp, red_lag_pp FROM metric_settings";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? new LagThresholds(Double(reader, 0), Double(reader, 1)) : null;
    }

    private static async Task<List<T>> ReadAsync<T>(DuckDBConnection connection, string file, DateOnly month, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = SqlResources.Load("Charts/" + file);
        command.Parameters.Add(new DuckDBParameter("month", month));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static string Text(DbDataReader r, int i) => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty;

    private static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    private static double Double(DbDataReader r, int i) => Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture);

    private static double? NullableDouble(DbDataReader r, int i) => r.IsDBNull(i) ? null : Double(r, i);

    private static DateOnly Date(DbDataReader r, int i) => r.GetValue(i) switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        var v => throw new InvalidCastException("不是日期：" + v),
    };
}
