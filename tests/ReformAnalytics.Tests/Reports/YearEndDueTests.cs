using DuckDB.NET.Data;
using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;
using ReformAnalytics.Tests.Metrics;

namespace ReformAnalytics.Tests.Reports;

/// <summary>
/// Tasks due 31 December and unfinished in the December return. D = F there, so they are never overdue in their ledger
/// year (January opens a new ledger); before, they were not settled either, and the year-end on-time rate and 年度考核
/// left them out: a unit with nothing done scored full marks for timeliness. Fixture: 2024, November and December,
/// every task due 2024-12-31 (年底前):
///   县发改局  A 60 -> 100 completed in December;   B 60 -> 80 on_track
///   县财政局  C 100 completed in November;          D 70 -> 100 completed in December
///   县科技局  E 40 -> 50 on_track
/// December by hand: 5 deadline tasks; completed A, C, D, all on time (by December); due_unfinished B, E (F = D, not
/// done); overdue none. settled = 3 + 2 = 5, on time 3 -> 60% (it was 3 of 3, 100%).
/// Units (weights 0.40 / 0.25 / 0.20 / 0.15; planned at F is 100, so the lag is 100 - actual; every December return in):
///   县发改局 on time 1 of 2 -> 50; lag B 20 -> 80; 100; 100 -> 20 + 20 + 20 + 15 = 75.
///   县财政局 2 of 2 -> 100; no open task -> 100; 100; 100 -> 100.
///   县科技局 0 of 1 -> 0; lag E 50 -> 50; 100; 100 -> 0 + 12.5 + 20 + 15 = 47.5 (it was 87.5 with on time at 100).
/// </summary>
public sealed class YearEndDueTests
{
    private const string Insert = """
        INSERT INTO snapshots BY NAME
        SELECT 'overall' AS ledger, t.task_id, t.report_month::DATE AS report_month, last_day(t.report_month::DATE) AS status_date,
               t.task_id AS seq_no, '任务' || t.task_id AS task_name, '经济体制改革专项小组' AS special_group, t.lead_unit,
               [] AS co_units, '年底前' AS deadline_text, DATE '2024-12-31' AS deadline, 'year' AS deadline_kind,
               false AS open_ended, DATE '2024-01-01' AS planned_start, [] AS milestone_dates, [] AS milestones,
               t.progress_pct, t.status, 'f.csv' AS source_file, '' AS source_sheet, 1 AS source_row
        FROM (VALUES
            ('A', '县发改局', '2024-11-01', 60.0, 'on_track'), ('A', '县发改局', '2024-12-01', 100.0, 'completed'),
            ('B', '县发改局', '2024-11-01', 60.0, 'on_track'), ('B', '县发改局', '2024-12-01', 80.0, 'on_track'),
            ('C', '县财政局', '2024-11-01', 100.0, 'completed'), ('C', '县财政局', '2024-12-01', 100.0, 'completed'),
            ('D', '县财政局', '2024-11-01', 70.0, 'on_track'), ('D', '县财政局', '2024-12-01', 100.0, 'completed'),
            ('E', '县科技局', '2024-11-01', 40.0, 'on_track'), ('E', '县科技局', '2024-12-01', 50.0, 'on_track')
        ) t(task_id, lead_unit, report_month, progress_pct, status);
        """;

    private static readonly ReportMonth December = new(2024, 12);

    [Fact]
    public async Task December_TasksDueOnTheLastDayAndNotDone_AreSettledNotOverdue()
    {
        using var connection = await OpenAsync();

        var all = Assert.Single(await new MetricQueries(connection).SummaryAsync(December, MetricGrouping.All, CancellationToken.None));

        Assert.Equal((5, 3, 3, 0, 2, 5), (all.DeadlineTasks, all.Completed, all.CompletedOnTime, all.Overdue, all.DueUnfinished, all.Settled));
        Assert.Equal(60.0, all.OnTimeRatePct!.Value, 9);
    }

    [Fact]
    public async Task December_RankingAndAssessment_CountTheUnfinishedYearEndTasksAsNotOnTime()
    {
        using var connection = await OpenAsync();

        var ranking = (await new MetricQueries(connection).UnitRankingAsync(December, CancellationToken.None)).ToDictionary(r => r.LeadUnit);

        Assert.Equal((50.0, 80.0, 75.0), (ranking["县发改局"].OnTimeScore, ranking["县发改局"].LagScore, ranking["县发改局"].Score));
        Assert.Equal((100.0, 100.0), (ranking["县财政局"].OnTimeScore, ranking["县财政局"].Score));
        Assert.Equal((0.0, 50.0, 47.5), (ranking["县科技局"].OnTimeScore, ranking["县科技局"].LagScore, ranking["县科技局"].Score));
        Assert.Equal(("red", "black"), (ranking["县财政局"].Board, ranking["县科技局"].Board));

        var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2024, 4), 10, CancellationToken.None);
        Assert.Equal([("县财政局", 100.0), ("县发改局", 75.0), ("县科技局", 47.5)], figures.Assessment.OrderBy(a => a.Rank).Select(a => (a.LeadUnit, a.Score)));
    }

    [Fact]
    public async Task FourthQuarterReport_SaysHowManyYearEndTasksAreUnfinished_AndCountsThemInTheOnTimeRate()
    {
        using var connection = await OpenAsync();
        var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2024, 4), 10, CancellationToken.None);

        var paragraphs = ReportNumbers.Paragraphs(QuarterlyReportBuilder.Build(figures, []), ReportHeadings.Overview);

        Assert.Contains(paragraphs, p => p.Contains("已到期或已完成的5项任务中，按期完成3项，按期完成率60", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("逾期任务0项", StringComparison.Ordinal)
            && p.Contains("2项任务完成时限为12月31日、本期仍未完成，已计为未按期完成（年度台账至此结束，不再计为逾期）。", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FourthQuarterReport_ListsNoRiskTasks_AndSaysWhereTheUnfinishedOnesAre()
    {
        using var connection = await OpenAsync();
        var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2024, 4), 10, CancellationToken.None);

        var risk = QuarterlyReportBuilder.Build(figures, []).Sections.Single(s => s.Heading == ReportHeadings.Risk);

        Assert.Equal(RiskSection.YearEndText, Assert.IsType<ReportParagraph>(Assert.Single(risk.Blocks)).Text);
    }

    [Fact]
    public async Task FourthQuarterFigure2_StandsTheTasksByDeadlineMonth_WithTheThreeDoneOnOneSpotAsOneDotOfThree()
    {
        using var connection = await OpenAsync();
        var data = await ChartDataLoader.LoadAsync(connection, new Quarter(2024, 4), December, CancellationToken.None);
        var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2024, 4), 10, CancellationToken.None);

        var chart = ProgressVsTimeChart.Render(data.Tasks, data.StatusDate, data.TasksNotPlotted, new ChartTheme { RenderSvg = false, PngScale = 1 });
        var caption = QuarterlyReportBuilder.Build(figures, [chart]).Sections.SelectMany(s => s.Blocks).OfType<ReportFigure>().Single().Caption;

        // At 31 December every task (all due 31 December) has its time all gone: 5 of 5, more than half, so the
        // deadline view. A, C, D completed -> green at (12月, 100), one dot of 3; B 80 (lag 20 >= 10) amber; E 50 (lag 50) red.
        Assert.Equal(new DateOnly(2024, 12, 31), data.StatusDate);
        Assert.Equal(
            [new ProgressMark(12, 100, TrafficLight.Green, 3), new ProgressMark(12, 80, TrafficLight.Amber, 1), new ProgressMark(12, 50, TrafficLight.Red, 1)],
            ProgressMarks.Of(data.Tasks, ProgressMarks.ViewOf(data.Tasks), data.StatusDate.Year));
        Assert.Equal("2024年第四季度-图2-任务实际进度与完成时限对照", ChartSet.FileStem(new Quarter(2024, 4), 2, chart.Title));
        Assert.Equal(
            "图1 任务实际进度与完成时限对照（图中为设定完成时限且填报了进度的5项任务；其中5项时间进度已达100%，故横轴按完成时限所在月份排列，"
            + "统计截止日左侧实际进度不足100%的为到期未完成任务；同一位置的多项任务合为一个较大的圆点，圆内数字为任务项数；相互重叠的圆点横向略作错开）",
            caption);
    }

    private static async Task<DuckDBConnection> OpenAsync()
    {
        var connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(connection, Insert);
        await MetricViews.InstallAsync(connection, CancellationToken.None);
        return connection;
    }
}
