using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// January opens a new ledger year whose task ids are new: December's unfinished tasks are not missing returns.
/// Fixture: 县发改局 has OV2023-A (open, 60%) in 2023-11 and 2023-12; in 2024-01 the same task comes back
/// under the new year's id OV2024-A, and OV2024-B too; in 2024-02 only OV2024-A is returned.
/// </summary>
public sealed class YearBoundaryDisciplineTests
{
    private const string Insert = """
        INSERT INTO snapshots BY NAME
        SELECT 'overall' AS ledger, task_id, m::DATE AS report_month, last_day(m::DATE) AS status_date, task_name,
               '县发改局' AS lead_unit, [] AS co_units, 'missing' AS deadline_kind, false AS open_ended,
               make_date(year(m::DATE), 1, 1) AS planned_start, [] AS milestone_dates, [] AS milestones,
               60.0 AS progress_pct, 'on_track' AS status, 'f.csv' AS source_file, '' AS source_sheet, 1 AS source_row
        FROM (VALUES
            ('OV2023-A', '营商环境改革', '2023-11-01'), ('OV2023-A', '营商环境改革', '2023-12-01'),
            ('OV2024-A', '营商环境改革', '2024-01-01'), ('OV2024-B', '医共体建设', '2024-01-01'),
            ('OV2024-A', '营商环境改革', '2024-02-01')
        ) t(task_id, task_name, m);
        """;

    [Fact]
    public async Task January_DecembersOpenTasks_AreNotExpected_ButFebruaryIsJudgedAsUsual()
    {
        using var connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(connection, Insert);
        await MetricViews.InstallAsync(connection, CancellationToken.None);
        var queries = new MetricQueries(connection);

        // December: OV2023-A was in November and open, and is in December: expected 1, returned 1.
        var december = Assert.Single(await queries.ReportingDisciplineAsync(new ReportMonth(2023, 12), CancellationToken.None));
        Assert.Equal((1, 1, 0), (december.ExpectedReturns, december.Returned, december.MissingReturns));

        // January: OV2023-A has no row under that id, but nothing is expected across the year boundary.
        Assert.Empty(await queries.ReportingDisciplineAsync(new ReportMonth(2024, 1), CancellationToken.None));
        Assert.Empty(await queries.MissingReturnsAsync(new ReportMonth(2024, 1), CancellationToken.None));

        // February: OV2024-A and OV2024-B were open in January; B is absent -> one missing return.
        var february = Assert.Single(await queries.ReportingDisciplineAsync(new ReportMonth(2024, 2), CancellationToken.None));
        Assert.Equal((2, 1, 1), (february.ExpectedReturns, february.Returned, february.MissingReturns));
        Assert.Equal("OV2024-B", Assert.Single(await queries.MissingReturnsAsync(new ReportMonth(2024, 2), CancellationToken.None)).TaskId);
    }

    [Fact]
    public async Task January_IsNotComparedWithDecember_NorTheFirstQuarterWithTheFourth()
    {
        using var connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(connection, Insert);
        await MetricViews.InstallAsync(connection, CancellationToken.None);

        var rows = (await TaskRow.QueryAsync(connection, "SELECT * FROM metric_summary WHERE dimension = 'all'")).ToDictionary(r => r.Date("report_month")!.Value);

        // December against November (same ledger year): a previous month with 0 completed. January: none, a new
        // ledger year. February against January again. Neither quarter has its previous quarter's end (September
        // 2023 is not in the data; December 2023 is in another ledger year).
        Assert.Equal(0L, rows[new DateOnly(2023, 12, 1)].Long("completed_prev_month"));
        Assert.Null(rows[new DateOnly(2024, 1, 1)].Long("completed_prev_month"));
        Assert.Null(rows[new DateOnly(2024, 1, 1)].Long("overdue_prev_month"));
        Assert.Equal(0L, rows[new DateOnly(2024, 2, 1)].Long("completed_prev_month"));
        Assert.Null(rows[new DateOnly(2024, 2, 1)].Long("completed_prev_quarter"));
        Assert.Null(rows[new DateOnly(2024, 1, 1)].Long("completed_prev_quarter"));
    }
}
