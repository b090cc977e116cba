using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// A unit that falls silent, and one that leaves a task out of its return, on the 红黑榜 and in the 年度考核: the returns
/// they owed and did not send count at their last reported progress, evaluated at the ranking month's status date.
/// Overall ledger, 2024, July to October stored (July is the first month: nothing is owed in it). S = 1 January,
/// 30 September = S + 273, 31 October = S + 304, 31 December = S + 365. Status on_track unless said.
///   县甲局 A, due 2024-12-31: 50, 55, 60, 70 (every month).
///   县乙局 B1, due 2024-09-30: 60 in July, 80 in August; B2, due 2024-12-31: 50 in July and August; B3, due 2024-07-31,
///       已完成 in July and then closed out (销号: a carried row in August to October). 县乙局 sends nothing in September and
///       October: B1 and B2 are owed and missing in both months, and its only rows there are B3's carried ones.
///   县丙局 C1, due 2024-10-31: 40, 60, 80, 已完成 100 in October; C2, due 2024-10-31: 30 in July to September, left out of
///       October's return (owed and missing in October).
/// </summary>
public sealed class SilentUnitRankingTests : IAsyncLifetime
{
    private const double Tolerance = 1e-9;

    private DuckDBConnection _connection = null!;

    private MetricQueries Queries => new(_connection);

    /// <summary>The fixture's database, metrics installed (the report's and the dashboard's tests read it too).</summary>
    public static async Task<DuckDBConnection> OpenAsync()
    {
        var connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(connection, Insert());
        await MetricViews.InstallAsync(connection, CancellationToken.None);
        return connection;
    }

    public async Task InitializeAsync() => _connection = await OpenAsync();

    public Task DisposeAsync()
    {
        _connection.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task SilentUnit_IsRankedOnItsLastProgress_AtTheRankingMonthsStatusDate()
    {
        var october = await RankingAsync(10);

        // 县乙局 in October, B1 and B2 carried from August to 31 October:
        //   B1 at 80, due 30 September: planned 100, lag 20, overdue (31 October > 30 September), due unfinished;
        //   B2 at 50, due 31 December: planned 100 x 304/365 = 83.29, lag 33.29;
        //   B3 completed on time (carried). 3 tasks with a deadline, 1 completed on time, settled 1 + 1 = 2 -> on time 50;
        //   average lag (20 + 33.29) / 2 = 26.64 -> progress 73.36; overdue 1 of 3 -> 66.67;
        //   discipline, the quarter to date (October): 2 owed, 2 missing -> 0.
        //   score 0.4 x 50 + 0.25 x 73.36 + 0.2 x 66.67 + 0 = 51.67.
        // (On its August figures, frozen, it would have had no overdue task, lag (89.01 - 80 + 66.58 - 50) / 2 = 12.79
        // and nothing due but B3: 40 + 21.80 + 20 = 81.80; without the carried returns, on B3 alone: 85.)
        var silent = october["县乙局"];
        var lag = ((100.0 - 80) + ((100.0 * 304 / 365) - 50)) / 2;
        Assert.Equal((3, 3, 1, 1), (silent.Tasks, silent.DeadlineTasks, silent.Completed, silent.CompletedOnTime));
        Assert.Equal((2, 1), (silent.Settled, silent.Overdue));
        Assert.Equal(lag, silent.AvgLagPp!.Value, Tolerance);
        Assert.Equal((2, 2), (silent.ExpectedReturnsQtd, silent.MissingReturnsQtd));
        Assert.Equal((0.4 * 50) + (0.25 * (100 - lag)) + (0.2 * 100.0 * 2 / 3), silent.Score, Tolerance);
        Assert.Equal((new DateOnly(2024, 8, 1), 2, "10月未报送，按8月报送的进度计"), (silent.FiguresMonth, silent.CarriedReturns, silent.FiguresNote));

        // In September B1's deadline is the status date itself: due unfinished, not yet overdue. The deadline passes while
        // the unit is silent, and October counts it overdue although the figures are still August's.
        var september = (await RankingAsync(9))["县乙局"];
        Assert.Equal((2, 0), (september.Settled, september.Overdue));
        Assert.Equal((new DateOnly(2024, 8, 1), "9月未报送，按8月报送的进度计"), (september.FiguresMonth, september.FiguresNote));
    }

    [Fact]
    public async Task UnitThatLeavesATaskOut_IsRankedWithIt_AtItsLastProgress()
    {
        // 县丙局 in October: C1 completed in October, on time; C2 carried from September at 30, due 31 October: planned 100,
        // lag 70, due unfinished, not overdue. Settled 2, 1 on time -> 50; progress 100 - 70 = 30; overdue 0 -> 100;
        // discipline 2 owed (C1, C2), 1 missing -> 50. score 20 + 7.5 + 20 + 7.5 = 55 (on C1 alone: 92.5).
        var partial = (await RankingAsync(10))["县丙局"];
        Assert.Equal((2, 1, 1, 2, 0), (partial.DeadlineTasks, partial.Completed, partial.CompletedOnTime, partial.Settled, partial.Overdue));
        Assert.Equal(70.0, partial.AvgLagPp!.Value, Tolerance);
        Assert.Equal(55.0, partial.Score, Tolerance);
        Assert.Equal((new DateOnly(2024, 10, 1), 1, "10月漏报1项，按上次报送的进度计"), (partial.FiguresMonth, partial.CarriedReturns, partial.FiguresNote));
    }

    [Fact]
    public async Task RankingAndAssessment_CarryTheNote_AndTheCountysFiguresStayAsReported()
    {
        // 县甲局: A at 70, lag 100 x 304/365 - 70 = 13.29; nothing settled -> 100; no overdue -> 100; 1 owed, returned -> 100:
        // 40 + 0.25 x 86.71 + 20 + 15 = 96.68, first (red); 县丙局 55 second; 县乙局 51.67 last (black).
        var october = await RankingAsync(10);
        Assert.Equal(40 + (0.25 * (170 - (100.0 * 304 / 365))) + 20 + 15, october["县甲局"].Score, Tolerance);
        Assert.Equal(
            [("县甲局", 1, "red", (string?)null), ("县丙局", 2, null, "10月漏报1项，按上次报送的进度计"), ("县乙局", 3, "black", "10月未报送，按8月报送的进度计")],
            october.Values.OrderBy(u => u.Rank).Select(u => (u.LeadUnit, u.Rank!.Value, u.Board, u.FiguresNote)));

        // The year's assessment: 县乙局 owed 2 in August (returned), 2 in September and 2 in October (missing): 6, 4 ->
        // discipline 100 x 2/6; the other components and the note are the 红黑榜's.
        var year = (await Queries.UnitAssessmentAsync(new ReportMonth(2024, 10), CancellationToken.None)).Single(a => a.LeadUnit == "县乙局");
        var lag = ((100.0 - 80) + ((100.0 * 304 / 365) - 50)) / 2;
        Assert.Equal((6, 4), (year.ExpectedReturnsYtd, year.MissingReturnsYtd));
        Assert.Equal((0.4 * 50) + (0.25 * (100 - lag)) + (0.2 * 100.0 * 2 / 3) + (0.15 * 100.0 * 2 / 6), year.Score, Tolerance);
        Assert.Equal((new DateOnly(2024, 8, 1), 2, "10月未报送，按8月报送的进度计"), (year.FiguresMonth, year.CarriedReturns, year.FiguresNote));

        // The county's own figures count what was reported: A, B3 (closed out, carried) and C1 in October.
        var all = Assert.Single(await Queries.SummaryAsync(new ReportMonth(2024, 10), MetricGrouping.All, CancellationToken.None));
        Assert.Equal((3, 2), (all.Tasks, all.Completed));
        Assert.Equal(0L, await MetricsDatabase.ScalarAsync(_connection, "SELECT count(*) FROM (SELECT * FROM unit_ranking EXCEPT ALL SELECT * FROM unit_ranking_live)"));
    }

    private async Task<Dictionary<string, UnitRankingRow>> RankingAsync(int month) =>
        (await Queries.UnitRankingAsync(new ReportMonth(2024, month), CancellationToken.None)).ToDictionary(r => r.LeadUnit, StringComparer.Ordinal);

    internal static string Insert()
    {
        var rows = new List<string>();
        void Add(string task, string unit, int month, string deadline, double progress, string status = "on_track") =>
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"('{task}', '{unit}', DATE '2024-{month:00}-01', DATE '{deadline}', {progress}, '{status}')"));

        for (var m = 7; m <= 10; m++)
        {
            Add("A", "县甲局", m, "2024-12-31", m switch { 7 => 50, 8 => 55, 9 => 60, _ => 70 });
            if (m <= 8)
            {
                Add("B1", "县乙局", m, "2024-09-30", m == 7 ? 60 : 80);
                Add("B2", "县乙局", m, "2024-12-31", 50);
            }

            if (m == 7)
            {
                Add("B3", "县乙局", m, "2024-07-31", 100, "completed");
            }

            Add("C1", "县丙局", m, "2024-10-31", m switch { 7 => 40, 8 => 60, 9 => 80, _ => 100 }, m == 10 ? "completed" : "on_track");
            if (m <= 9)
            {
                Add("C2", "县丙局", m, "2024-10-31", 30);
            }
        }

        return new StringBuilder("""
            INSERT INTO snapshots BY NAME
            SELECT 'overall' AS ledger, task_id, report_month, last_day(report_month) AS status_date, task_id AS task_name,
                   lead_unit, [] AS co_units, strftime(deadline, '%Y-%m-%d') AS deadline_text, deadline, 'day' AS deadline_kind,
                   false AS open_ended, DATE '2024-01-01' AS planned_start, [] AS milestone_dates, [] AS milestones,
                   progress_pct, status, 'f.csv' AS source_file, '' AS source_sheet, 1 AS source_row
            FROM (VALUES
            """).AppendJoin(",\n", rows).Append(") t(task_id, lead_unit, report_month, deadline, progress_pct, status);").ToString();
    }
}
