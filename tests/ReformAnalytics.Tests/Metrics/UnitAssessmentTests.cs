using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// 年度考核 (unit_assessment): the 红黑榜 components with reporting discipline over the year to date. Fixture, 2024,
/// every task due 2024-12-31 at 90% (so no task is settled or overdue and none lags: the on-time, progress and overdue
/// scores are 100 for both units, and only discipline tells them apart):
///   县发改局: A in January to April; B in January, March and April, absent in February (a missing return);
///   县财政局: C and D in January to April.
/// Expected returns (the month before's open tasks, and a task in the month it comes back after a gap), missing:
///   February 发改局 2 (A, B) / 1 (B); 财政局 2 / 0.  March 发改局 2 (A; B, absent in February, back) / 0; 财政局 2 / 0.
///   April 发改局 2 / 0; 财政局 2 / 0.  January expects nothing (the first month).
/// </summary>
public sealed class UnitAssessmentTests
{
    private const double Tolerance = 1e-9;

    private const string Insert = """
        INSERT INTO snapshots BY NAME
        SELECT 'overall' AS ledger, task_id, m::DATE AS report_month, last_day(m::DATE) AS status_date, task_id AS task_name,
               lead_unit, [] AS co_units, '2024年底前' AS deadline_text, DATE '2024-12-31' AS deadline, 'day' AS deadline_kind,
               false AS open_ended, DATE '2024-01-01' AS planned_start, [] AS milestone_dates, [] AS milestones,
               90.0 AS progress_pct, 'on_track' AS status, 'f.csv' AS source_file, '' AS source_sheet, 1 AS source_row
        FROM (VALUES
            ('A', '县发改局', '2024-01-01'), ('A', '县发改局', '2024-02-01'), ('A', '县发改局', '2024-03-01'), ('A', '县发改局', '2024-04-01'),
            ('B', '县发改局', '2024-01-01'),                                  ('B', '县发改局', '2024-03-01'), ('B', '县发改局', '2024-04-01'),
            ('C', '县财政局', '2024-01-01'), ('C', '县财政局', '2024-02-01'), ('C', '县财政局', '2024-03-01'), ('C', '县财政局', '2024-04-01'),
            ('D', '县财政局', '2024-01-01'), ('D', '县财政局', '2024-02-01'), ('D', '县财政局', '2024-03-01'), ('D', '县财政局', '2024-04-01')
        ) t(task_id, lead_unit, m);
        """;

    [Fact]
    public async Task April_CountsFebruarysMissedReturn_WhichTheQuarterToDateRankingNoLongerSees()
    {
        using var connection = await OpenAsync();
        var queries = new MetricQueries(connection);

        var assessment = (await queries.UnitAssessmentAsync(new ReportMonth(2024, 4), CancellationToken.None)).ToDictionary(r => r.LeadUnit);
        var ranking = (await queries.UnitRankingAsync(new ReportMonth(2024, 4), CancellationToken.None)).ToDictionary(r => r.LeadUnit);

        // Year to date: 发改局 owes A and B in February (B missing), A and B in March (B, absent in February, comes back:
        // owed and returned), A and B in April: 2 + 2 + 2 = 6 expected, 1 missing -> 100 x 5/6 = 83.33;
        // 财政局 2 + 2 + 2 = 6, none missing -> 100.
        var development = assessment["县发改局"];
        Assert.Equal((6, 1), (development.ExpectedReturnsYtd, development.MissingReturnsYtd));
        Assert.Equal(100.0 * 5 / 6, development.DisciplineScore, Tolerance);
        Assert.Equal((100.0, 100.0, 100.0), (development.OnTimeScore, development.LagScore, development.OverdueScore));
        Assert.Equal(40 + 25 + 20 + (0.15 * 100 * 5 / 6), development.Score, Tolerance); // 97.5
        Assert.Equal((6, 0), (assessment["县财政局"].ExpectedReturnsYtd, assessment["县财政局"].MissingReturnsYtd));
        Assert.Equal(100.0, assessment["县财政局"].Score, Tolerance);
        Assert.Equal([("县财政局", 1), ("县发改局", 2)], (await queries.UnitAssessmentAsync(new ReportMonth(2024, 4), CancellationToken.None)).Select(r => (r.LeadUnit, r.Rank!.Value)));
        Assert.All(assessment.Values, r => Assert.Equal(2, r.UnitsRanked));

        // ceil(2 x 0.2) = 1 unit on each board: 财政局 first (居前), 发改局 last (居后), by the 红黑榜's own rule (unit_board).
        Assert.Equal(("red", "black"), (assessment["县财政局"].Board, assessment["县发改局"].Board));

        // The second quarter's ranking counts April alone (2 expected, none missing): both units score 100 and share rank 1.
        Assert.Equal((2, 0), (ranking["县发改局"].ExpectedReturnsQtd, ranking["县发改局"].MissingReturnsQtd));
        Assert.Equal((100.0, 1), (ranking["县发改局"].Score, ranking["县发改局"].Rank!.Value));
        Assert.Equal((100.0, 1), (ranking["县财政局"].Score, ranking["县财政局"].Rank!.Value));
    }

    [Fact]
    public async Task February_InTheFirstQuarter_TheYearToDateIsTheQuarterToDate()
    {
        using var connection = await OpenAsync();
        var queries = new MetricQueries(connection);

        var assessment = (await queries.UnitAssessmentAsync(new ReportMonth(2024, 2), CancellationToken.None)).ToDictionary(r => r.LeadUnit);
        var ranking = (await queries.UnitRankingAsync(new ReportMonth(2024, 2), CancellationToken.None)).ToDictionary(r => r.LeadUnit);

        // 发改局: 2 expected in February, 1 missing -> 50; score 40 + 25 + 20 + 7.5 = 92.5, as on the 红黑榜.
        Assert.Equal((2, 1, 50.0), (assessment["县发改局"].ExpectedReturnsYtd, assessment["县发改局"].MissingReturnsYtd, assessment["县发改局"].DisciplineScore));
        Assert.Equal(92.5, assessment["县发改局"].Score, Tolerance);
        Assert.Equal(ranking["县发改局"].Score, assessment["县发改局"].Score, Tolerance);
        Assert.Equal((2, 2), (assessment["县发改局"].Rank!.Value, ranking["县发改局"].Rank!.Value));
    }

    private static async Task<DuckDB.NET.Data.DuckDBConnection> OpenAsync()
    {
        var connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(connection, Insert);
        await MetricViews.InstallAsync(connection, CancellationToken.None);
        return connection;
    }
}
