using System.Data.Common;
using DuckDB.NET.Data;
using ReformAnalytics.Model;

namespace ReformAnalytics.Metrics;

/// <summary>
/// Reads the metric views for one report month (or quarter) and grouping. The connection must have had
/// <see cref="MetricViews.InstallAsync"/> run on it; every figure comes from the views, none is computed here.
/// </summary>
public sealed class MetricQueries
{
    internal const string SummarySql =
        "SELECT * FROM metric_summary WHERE report_month = $month AND dimension = $dimension ORDER BY " + OfficeOrder;

    /// <summary>
    /// The office's order: the three ledgers as it lists them (三本台账: 总台账, 上级部署试点, 自选试点), not in the order of
    /// their identifiers; the special groups as its ledger lists them that month (group_ordinal, Database/group_order.sql),
    /// not by their names; units and leaders by name.
    /// </summary>
    private const string OfficeOrder =
        "CASE WHEN dimension = 'ledger' THEN ledger_ordinal(group_name) END NULLS LAST, "
        + "CASE WHEN dimension = 'group' THEN group_ordinal(report_month, group_name) END NULLS LAST, group_name";

    private readonly DuckDBConnection _connection;

    public MetricQueries(DuckDBConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
    }

    /// <summary>metric_summary at <paramref name="asOf"/> for one grouping, in the office's order (groups as the ledger lists them; 'all': one row).</summary>
    public Task<IReadOnlyList<MetricSummaryRow>> SummaryAsync(ReportMonth asOf, MetricGrouping by, CancellationToken cancellationToken) =>
        QueryAsync(
            SummarySql,
            MetricSummaryRow.Read,
            cancellationToken,
            ("month", asOf.FirstDay),
            ("dimension", MetricGroupingNames.Id(by)));

    /// <summary>double_half at <paramref name="asOf"/>; <see cref="MetricGrouping.Leader"/> is not a 双过半 grouping and gives no rows.</summary>
    public Task<IReadOnlyList<DoubleHalfRow>> DoubleHalfAsync(ReportMonth asOf, MetricGrouping by, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT * FROM double_half WHERE report_month = $month AND dimension = $dimension ORDER BY " + OfficeOrder,
            DoubleHalfRow.Read,
            cancellationToken,
            ("month", asOf.FirstDay),
            ("dimension", MetricGroupingNames.Id(by)));

    /// <summary>reporting_discipline of one month, by lead unit.</summary>
    public Task<IReadOnlyList<ReportingDisciplineRow>> ReportingDisciplineAsync(ReportMonth month, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT * FROM reporting_discipline WHERE report_month = $month ORDER BY lead_unit",
            ReportingDisciplineRow.Read,
            cancellationToken,
            ("month", month.FirstDay));

    /// <summary>missing_returns of one month, by lead unit and task.</summary>
    public Task<IReadOnlyList<MissingReturnRow>> MissingReturnsAsync(ReportMonth month, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT * FROM missing_returns WHERE report_month = $month ORDER BY lead_unit, ledger_ordinal(ledger), task_id",
            MissingReturnRow.Read,
            cancellationToken,
            ("month", month.FirstDay));

    /// <summary>
    /// year_end_carry_over for the turn from <paramref name="year"/> to the next: dropped first, then similar, then carried;
    /// each by ledger, then the groups in the December ledger's order, as the dashboard's 年末结转 page.
    /// </summary>
    public Task<IReadOnlyList<YearEndCarryOverRow>> YearEndCarryOverAsync(int year, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT * FROM year_end_carry_over WHERE year = $year ORDER BY CASE outcome WHEN 'dropped' THEN 0 WHEN 'similar' THEN 1 ELSE 2 END, ledger_ordinal(ledger), "
                + "group_ordinal(last_month, special_group) NULLS LAST, special_group NULLS LAST, task_id",
            YearEndCarryOverRow.Read,
            cancellationToken,
            ("year", year));

    /// <summary>missing_months from <paramref name="from"/> to <paramref name="to"/>: the months no ledger file was ingested for, between stored months.</summary>
    public Task<IReadOnlyList<MissingMonthRow>> MissingMonthsAsync(ReportMonth from, ReportMonth to, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT * FROM missing_months WHERE report_month BETWEEN $from AND $to ORDER BY report_month, ledger",
            MissingMonthRow.Read,
            cancellationToken,
            ("from", from.FirstDay),
            ("to", to.FirstDay));

    /// <summary>unit_ranking at <paramref name="asOf"/>: ranked units best first, then the units not ranked.</summary>
    public Task<IReadOnlyList<UnitRankingRow>> UnitRankingAsync(ReportMonth asOf, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT * FROM unit_ranking WHERE report_month = $month ORDER BY ranked DESC, rank, lead_unit",
            UnitRankingRow.Read,
            cancellationToken,
            ("month", asOf.FirstDay));

    /// <summary>unit_assessment (年度考核) at <paramref name="asOf"/>: discipline over the year to date; best first, units not ranked last.</summary>
    public Task<IReadOnlyList<UnitAssessmentRow>> UnitAssessmentAsync(ReportMonth asOf, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT * FROM unit_assessment WHERE report_month = $month ORDER BY ranked DESC, rank, lead_unit",
            UnitAssessmentRow.Read,
            cancellationToken,
            ("month", asOf.FirstDay));

    /// <summary>results_list for the tasks first reported completed in the months <paramref name="from"/> to <paramref name="to"/>: by month, ledger, then group in the ledger's order.</summary>
    public Task<IReadOnlyList<ResultsListRow>> ResultsListAsync(ReportMonth from, ReportMonth to, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT * FROM results_list WHERE completed_month BETWEEN $from AND $to ORDER BY completed_month, ledger_ordinal(ledger), group_ordinal(completed_month, special_group) NULLS LAST, special_group, lead_unit, task_id",
            ResultsListRow.Read,
            cancellationToken,
            ("from", from.FirstDay),
            ("to", to.FirstDay));

    /// <summary>negative_list at <paramref name="asOf"/>: overdue first (longest first), then by lag.</summary>
    public Task<IReadOnlyList<NegativeListRow>> NegativeListAsync(ReportMonth asOf, CancellationToken cancellationToken) =>
        QueryAsync(
            "SELECT * FROM negative_list WHERE report_month = $month ORDER BY overdue DESC, days_overdue DESC NULLS LAST, lag_pp DESC NULLS LAST, ledger_ordinal(ledger), task_id",
            NegativeListRow.Read,
            cancellationToken,
            ("month", asOf.FirstDay));

    /// <summary>The thresholds and weights every view uses (metric_settings).</summary>
    public async Task<MetricSettings> SettingsAsync(CancellationToken cancellationToken) =>
        (await QueryAsync("SELECT * FROM metric_settings", MetricSettings.Read, cancellationToken).ConfigureAwait(false))[0];

    /// <summary>The last report month with snapshots, from <paramref name="from"/> to <paramref name="to"/> inclusive; null when none.</summary>
    public async Task<ReportMonth?> LatestMonthAsync(ReportMonth from, ReportMonth to, CancellationToken cancellationToken)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT max(report_month) FROM task_status WHERE report_month BETWEEN $from AND $to";
        command.Parameters.Add(new DuckDBParameter("from", from.FirstDay));
        command.Parameters.Add(new DuckDBParameter("to", to.FirstDay));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is DateOnly month ? ReportMonth.Of(month) : null;
    }

    /// <summary>Runs <paramref name="sql"/> and hands its open reader to <paramref name="consume"/>.</summary>
    internal async Task StreamAsync(
        string sql,
        Func<DbDataReader, Task> consume,
        CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value));
        }

        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await consume(reader).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql,
        Func<ColumnReader, T> read,
        CancellationToken cancellationToken,
        params (string Name, object Value)[] parameters)
    {
        var rows = new List<T>();
        await StreamAsync(
            sql,
            async reader =>
            {
                var columns = new ColumnReader(reader);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(read(columns));
                }
            },
            cancellationToken,
            parameters).ConfigureAwait(false);
        return rows;
    }
}
