using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// What a year of returns does to discipline, completion and timeliness when units fall silent, take a completion
/// back, or move a deadline. Overall ledger, 2024, every month January to December stored (县财政局's R is in each).
/// Deadlines 2024-12-31 and figures 50% on_track unless said:
///   县农业农村局 P, Q: absent in May, June and July (the unit sent nothing), back from August.
///   县司法局 S: its only task, January to September, then nothing (the unit silent to the year's end).
///   县发改局 T every month; U January to March, then taken out of the ledger while 发改局 goes on reporting T.
///   县教育局 W, due 2024-06-30: 40% January to April, 100% 已完成 in May, 90% on_track in June, 95% in July,
///       completed August to December (the May completion taken back).
///   县住建局 X, due 2024-06-30 January to July (60% in June and July: overdue 31 days in July), due 2024-10-31 from
///       August (the deadline moved after it had passed), completed in October.
///   县住建局 Y, due 2024-06-30 January to March, due 2024-09-30 from April (moved before it passed), completed in September.
///   县审计局 V, due 2024-03-31, completed in March and then left out of the ledger (closed out, 销号); V2 at 50% all year.
/// </summary>
public sealed class ReturnHistoryTests : IAsyncLifetime
{
    private const double Tolerance = 1e-9;

    private DuckDBConnection _connection = null!;

    private MetricQueries Queries => new(_connection);

    public async Task InitializeAsync()
    {
        _connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(_connection, Insert());
        await MetricViews.InstallAsync(_connection, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _connection.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task UnitSilentForThreeMonths_OwesEachOfThem()
    {
        // 县农业农村局 owes P and Q in every month from February: May (the month after April), June and July (they come
        // back in August) are missing, August is owed and returned. 11 months x 2 = 22 owed, 6 missing.
        var months = new[] { 5, 6, 7, 8 };
        var rows = new List<(int, int, int)>();
        foreach (var m in months)
        {
            var unit = (await Queries.ReportingDisciplineAsync(new ReportMonth(2024, m), CancellationToken.None)).Single(r => r.LeadUnit == "县农业农村局");
            rows.Add((unit.ExpectedReturns, unit.Returned, unit.MissingReturns));
        }

        Assert.Equal([(2, 0, 2), (2, 0, 2), (2, 0, 2), (2, 2, 0)], rows);
        var june = (await Queries.MissingReturnsAsync(new ReportMonth(2024, 6), CancellationToken.None)).Where(r => r.LeadUnit == "县农业农村局").ToList();
        Assert.Equal(["P", "Q"], june.Select(r => r.TaskId).Order(StringComparer.Ordinal));
        Assert.All(june, r => Assert.Equal(new DateOnly(2024, 4, 1), r.LastReportedMonth));

        var year = (await Queries.UnitAssessmentAsync(new ReportMonth(2024, 12), CancellationToken.None)).Single(r => r.LeadUnit == "县农业农村局");
        Assert.Equal((22, 6), (year.ExpectedReturnsYtd, year.MissingReturnsYtd));
        Assert.Equal(100.0 * 16 / 22, year.DisciplineScore, Tolerance);
    }

    [Fact]
    public async Task UnitSilentToTheYearsEnd_OwesEveryMonthOfItsSilence()
    {
        // 县司法局: February to September returned (8), October (the month after), November and December (it sent
        // nothing at all) missing: 11 owed, 3 missing.
        var owed = 0;
        var missing = 0;
        for (var m = 2; m <= 12; m++)
        {
            var unit = (await Queries.ReportingDisciplineAsync(new ReportMonth(2024, m), CancellationToken.None)).Single(r => r.LeadUnit == "县司法局");
            (owed, missing) = (owed + unit.ExpectedReturns, missing + unit.MissingReturns);
        }

        Assert.Equal((11, 3), (owed, missing));

        // Silent in December, it is still assessed, on S as last reported in September (50%) carried to 31 December: the
        // deadline is the status date, so S is planned 100 (lag 50, progress score 50) and due unfinished (settled 1, on
        // time 0: on-time score 0), not overdue (D > F is false: 100); the year's discipline 100 x 8/11 = 72.73:
        // 0 + 0.25 x 50 + 20 + 0.15 x 72.73 = 43.41. (On its September figures it would have scored 89.71.)
        var year = (await Queries.UnitAssessmentAsync(new ReportMonth(2024, 12), CancellationToken.None)).Single(r => r.LeadUnit == "县司法局");
        Assert.Equal((11, 3), (year.ExpectedReturnsYtd, year.MissingReturnsYtd));
        Assert.Equal((1, 0, 0), (year.Settled, year.CompletedOnTime, year.Overdue));
        Assert.Equal(50.0, year.AvgLagPp!.Value, 1e-9);
        Assert.Equal((0.25 * 50) + 20 + (0.15 * 100.0 * 8 / 11), year.Score, 1e-9);
        Assert.Equal((new DateOnly(2024, 9, 1), 1, "12月未报送，按9月报送的进度计"), (year.FiguresMonth, year.CarriedReturns, year.FiguresNote));
        var december = Assert.Single(await Queries.MissingReturnsAsync(new ReportMonth(2024, 12), CancellationToken.None), r => r.LeadUnit == "县司法局");
        Assert.Equal(("S", new DateOnly(2024, 9, 1)), (december.TaskId, december.LastReportedMonth));
    }

    [Fact]
    public async Task TaskTakenOutWhileItsUnitGoesOnReporting_IsOwedOnce()
    {
        // 县发改局: T February to December (11), U February and March returned, April missing, then no longer owed: 14, 1.
        var year = (await Queries.UnitAssessmentAsync(new ReportMonth(2024, 12), CancellationToken.None)).Single(r => r.LeadUnit == "县发改局");
        Assert.Equal((14, 1), (year.ExpectedReturnsYtd, year.MissingReturnsYtd));
        Assert.Contains(await Queries.MissingReturnsAsync(new ReportMonth(2024, 4), CancellationToken.None), r => r.TaskId == "U");
        Assert.DoesNotContain(await Queries.MissingReturnsAsync(new ReportMonth(2024, 5), CancellationToken.None), r => r.TaskId == "U");
    }

    [Fact]
    public async Task CompletionTakenBack_CountsFromTheCompletionThatStuck_AndIsLate()
    {
        // W: May's completion is taken back in June; it is completed from August, after its June deadline (and it was
        // overdue in July): the 成果清单 lists it in August, not on time, and not in May.
        var results = await Queries.ResultsListAsync(new ReportMonth(2024, 1), new ReportMonth(2024, 12), CancellationToken.None);
        var w = Assert.Single(results, r => r.TaskId == "W");
        Assert.Equal((new DateOnly(2024, 8, 1), false), (w.CompletedMonth, w.CompletedOnTime));

        var status = await StatusAsync("W");
        Assert.Equal((new DateOnly(2024, 5, 1), true), (status[5].CompletedMonth, status[5].Withdrawn));
        Assert.Equal((new DateOnly(2024, 8, 1), false), (status[12].CompletedMonth, status[12].Withdrawn));

        // The second quarter's negative list (June) has W at 90%, due on 30 June and unfinished.
        Assert.Contains(await Queries.NegativeListAsync(new ReportMonth(2024, 6), CancellationToken.None), r => r.TaskId == "W" && r.DueUnfinished);
    }

    [Fact]
    public async Task DeadlineMovedAfterItPassed_LeavesTheCompletionLate_MovedBefore_OnTime()
    {
        var results = (await Queries.ResultsListAsync(new ReportMonth(2024, 1), new ReportMonth(2024, 12), CancellationToken.None)).ToDictionary(r => r.TaskId);

        // X: overdue in July against 30 June; from August due 31 October and completed in October: late.
        Assert.Equal((new DateOnly(2024, 10, 1), false), (results["X"].CompletedMonth, results["X"].CompletedOnTime));

        // Y: moved in April to 30 September, before 30 June came; completed in September: on time.
        Assert.Equal((new DateOnly(2024, 9, 1), true), (results["Y"].CompletedMonth, results["Y"].CompletedOnTime));

        // 县住建局 in October: X and Y settled, one on time -> 50%.
        var october = (await Queries.SummaryAsync(new ReportMonth(2024, 10), MetricGrouping.Unit, CancellationToken.None)).Single(r => r.GroupName == "县住建局");
        Assert.Equal((2, 1), (october.Settled, october.CompletedOnTime));
    }

    [Fact]
    public async Task TaskClosedOutAndLeftOutOfTheLedger_StillCountsAsCompletedForTheYear()
    {
        // December, 县审计局: V (completed in March, on time, then absent) carried as completed, V2 at 50%: 2 tasks, 1 done,
        // completion 50%; V2, due 31 December and unfinished, is settled too: 2 settled, 1 on time. Carried April to
        // December: 9 rows.
        var december = (await Queries.SummaryAsync(new ReportMonth(2024, 12), MetricGrouping.Unit, CancellationToken.None)).Single(r => r.GroupName == "县审计局");
        Assert.Equal((2, 1, 50.0), (december.DeadlineTasks, december.Completed, december.CompletionRatePct!.Value));
        Assert.Equal((2, 1), (december.Settled, december.CompletedOnTime));

        Assert.Equal([[true, true, new DateOnly(2024, 3, 1)]], await QueryAsync("SELECT carried, completed, completed_month FROM task_status WHERE task_id = 'V' AND report_month = DATE '2024-12-01'"));
        Assert.Equal([[9L]], await QueryAsync("SELECT count(*) FROM task_status WHERE task_id = 'V' AND carried"));

        // Listed once among the results, in March; never a missing return (it is completed), and no return is owed.
        var results = await Queries.ResultsListAsync(new ReportMonth(2024, 1), new ReportMonth(2024, 12), CancellationToken.None);
        Assert.Equal(new DateOnly(2024, 3, 1), Assert.Single(results, r => r.TaskId == "V").CompletedMonth);
        Assert.Empty(await QueryAsync("SELECT * FROM missing_returns WHERE task_id = 'V'"));
    }

    private async Task<List<object?[]>> QueryAsync(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }

        return rows;
    }

    private async Task<Dictionary<int, (DateOnly? CompletedMonth, bool Withdrawn)>> StatusAsync(string task)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT month(report_month), completed_month, completion_withdrawn FROM task_status WHERE task_id = '{task}'";
        using var reader = await command.ExecuteReaderAsync();
        var rows = new Dictionary<int, (DateOnly?, bool)>();
        while (await reader.ReadAsync())
        {
            rows[Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture)] = (reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1), reader.GetBoolean(2));
        }

        return rows;
    }

    private static string Insert()
    {
        var rows = new List<string>();
        void Add(string task, string unit, int month, string deadline, double progress, string status) =>
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"('{task}', '{unit}', DATE '2024-{month:00}-01', DATE '{deadline}', {progress}, '{status}')"));

        for (var m = 1; m <= 12; m++)
        {
            Add("R", "县财政局", m, "2024-12-31", 50, "on_track");
            Add("T", "县发改局", m, "2024-12-31", 50, "on_track");
            if (m is < 5 or > 7)
            {
                Add("P", "县农业农村局", m, "2024-12-31", 50, "on_track");
                Add("Q", "县农业农村局", m, "2024-12-31", 50, "on_track");
            }

            if (m <= 9)
            {
                Add("S", "县司法局", m, "2024-12-31", 50, "on_track");
            }

            if (m <= 3)
            {
                Add("U", "县发改局", m, "2024-12-31", 50, "on_track");
            }

            var (wProgress, wStatus) = m switch
            {
                <= 4 => (40.0, "on_track"),
                5 => (100.0, "completed"),
                6 => (90.0, "on_track"),
                7 => (95.0, "on_track"),
                _ => (100.0, "completed"),
            };
            Add("W", "县教育局", m, "2024-06-30", wProgress, wStatus);
            Add("V2", "县审计局", m, "2024-12-31", 50, "on_track");
            if (m <= 3)
            {
                Add("V", "县审计局", m, "2024-03-31", m == 3 ? 100 : 60, m == 3 ? "completed" : "on_track");
            }

            Add("X", "县住建局", m, m <= 7 ? "2024-06-30" : "2024-10-31", m >= 10 ? 100 : m >= 6 ? 60 : 50, m >= 10 ? "completed" : "on_track");
            Add("Y", "县住建局", m, m <= 3 ? "2024-06-30" : "2024-09-30", m >= 9 ? 100 : 50, m >= 9 ? "completed" : "on_track");
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
