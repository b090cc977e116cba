using DuckDB.NET.Data;
using ReformAnalytics.Metrics;
using ReformAnalytics.Reports;
using ReformAnalytics.Tests.Metrics;

namespace ReformAnalytics.Tests.Reports;

/// <summary>
/// The fourth quarter's report gives the year's assessment (年度考核) beside the quarter's 红黑榜. Fixture: 2024, every
/// month January to December, two tasks per unit, every task due 2025-12-31 at 90% (so nothing is settled or overdue,
/// and at 31 December the planned share is 365 / 730 = 50%, a lag of -40: the on-time, progress and overdue scores are
/// 100 for all, and only reporting discipline tells the units apart; score = 85 + 0.15 x discipline):
///   县发改局: A absent in May, B absent in February;  县财政局: C and D every month;  县教育局: F absent in November.
/// Expected returns (the month before's open tasks, and a task absent for a month is owed again in the month it comes
/// back) and missing, by hand:
///   县发改局 Feb 2/1, Mar 2/0 (B back), Apr 2/0, May 2/1, Jun 2/0 (A back), Jul-Dec 6 x 2/0: 22 expected, 2 missing
///   -> 100 x 20/22 = 90.91 -> 85 + 13.64 = 98.64.
///   县财政局 Feb-Dec 11 x 2: 22, none missing -> 100.
///   县教育局 Feb-Oct 9 x 2, Nov 2/1, Dec 2/0 (F back): 22, 1 missing -> 100 x 21/22 -> 85 + 14.32 = 99.32.
/// Year: 财政局 1st, 教育局 2nd, 发改局 3rd; ceil(3 x 0.2) = 1 unit on each board: 财政局 居前, 发改局 居后.
/// Quarter (October to December): 发改局 6/0 -> 100, 财政局 6/0 -> 100 (both rank 1, red), 教育局 Oct 2/0, Nov 2/1,
/// Dec 2/0 = 6/1 -> 83.33 -> 97.5 (rank 3, black). So 发改局 is on the quarter's red board and last in the year.
/// </summary>
public sealed class YearAssessmentReportTests
{
    private const string Insert = """
        INSERT INTO snapshots BY NAME
        SELECT 'overall' AS ledger, t.task_id, m.month::DATE AS report_month, last_day(m.month::DATE) AS status_date,
               t.task_id AS seq_no, '任务' || t.task_id AS task_name, '经济体制改革专项小组' AS special_group, t.lead_unit,
               [] AS co_units, '2025年底前' AS deadline_text, DATE '2025-12-31' AS deadline, 'day' AS deadline_kind,
               false AS open_ended, DATE '2024-01-01' AS planned_start, [] AS milestone_dates, [] AS milestones,
               90.0 AS progress_pct, 'on_track' AS status, 'f.csv' AS source_file, '' AS source_sheet, 1 AS source_row
        FROM (VALUES ('A', '县发改局', 5), ('B', '县发改局', 2), ('C', '县财政局', 0), ('D', '县财政局', 0),
                     ('E', '县教育局', 0), ('F', '县教育局', 11)) t(task_id, lead_unit, absent_month)
        CROSS JOIN generate_series(DATE '2024-01-01', DATE '2024-12-01', INTERVAL 1 MONTH) m(month)
        WHERE month(m.month) <> t.absent_month;
        """;

    [Fact]
    public async Task FourthQuarter_NamesTheYearsFirstAndLast_AndTheUnitWhoseYearTurnsItsBoard()
    {
        using var connection = await OpenAsync();
        var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2024, 4), 10, CancellationToken.None);

        Assert.Equal(
            "从全年看，按年度考核口径（评分方法与红黑榜相同，报送纪律按1—12月累计），3家牵头单位参与排名，综合得分居前的是县财政局（100.00分）；居后的是县发改局（98.64分）。"
            + "全年累计有2家单位漏报，共3项次：县发改局2项次、县教育局1项次。县发改局本季度列入红榜，但全年累计漏报2项次，年度考核居后。",
            UnitsSection.AssessmentText(figures));

        var document = QuarterlyReportBuilder.Build(figures, []);
        var units = document.Sections.Single(s => s.Heading == ReportHeadings.Units);
        Assert.Contains(units.Blocks.OfType<ReportParagraph>(), p => p.Text == UnitsSection.AssessmentText(figures));
        var table = units.Blocks.OfType<ReportTable>().Single(t => t.Caption.Contains("年度考核", StringComparison.Ordinal));
        Assert.Equal(ReportColumns.Assessment, table.Columns);
        Assert.Equal(
            [
                ["居前", "1", "县财政局", "100.00", "—", "-40", "0", "22", "0"],
                ["居后", "3", "县发改局", "98.64", "—", "-40", "0", "22", "2"],
            ],
            table.Rows);
        Assert.Contains("2024年1月至2024年12月", table.Note, StringComparison.Ordinal);
        Assert.Contains("、年度考核）", document.Footnote, StringComparison.Ordinal);

        // The quarter's own 红黑榜 beside it: 发改局 and 财政局 share the first place, 教育局 is on the black board.
        Assert.Equal(
            [("县发改局", "red"), ("县教育局", "black"), ("县财政局", "red")],
            figures.Ranking.OrderBy(u => u.LeadUnit, StringComparer.Ordinal).Select(u => (u.LeadUnit, u.Board!)));
    }

    [Fact]
    public async Task FourthQuarter_BeforeDecemberIsIn_SaysTheRankingIsNotYetTheYearEnd()
    {
        using var connection = await OpenAsync("DELETE FROM snapshots WHERE report_month = DATE '2024-12-01';");
        var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2024, 4), 10, CancellationToken.None);

        // Up to November: 发改局 20 expected, 2 missing (-> 90 -> 98.5); 财政局 20, none; 教育局 20, 1 missing.
        Assert.Equal(11, figures.AsOf.Month);
        Assert.StartsWith(
            "从全年看，按年度考核口径（评分方法与红黑榜相同，报送纪律按1—11月累计），3家牵头单位参与排名（12月台账尚未导入，排名截至2024年11月，年终考核以12月台账为准），"
            + "综合得分居前的是县财政局（100.00分）；居后的是县发改局（98.50分）。全年累计有2家单位漏报，共3项次：县发改局2项次、县教育局1项次。",
            UnitsSection.AssessmentText(figures),
            StringComparison.Ordinal);
        var year = figures.Assessment.ToDictionary(a => a.LeadUnit, a => (a.ExpectedReturnsYtd, a.MissingReturnsYtd));
        Assert.Equal((20, 2), year["县发改局"]);
        Assert.Equal((20, 0), year["县财政局"]);
        Assert.Equal((20, 1), year["县教育局"]);
    }

    [Fact]
    public async Task FourthQuarter_WhenTheYearsBoardsAreTheQuarters_SaysSoInsteadOfNamingThemTwice()
    {
        // 县发改局 reports A in May and B in February too: its year is 22 expected, none missing -> 100, like 财政局; 教育局
        // keeps its one missed return (November; F owed again in December, when it comes back) -> 22 expected, 99.32,
        // last. The quarter's boards are the same units: 发改局 and 财政局 red (100, tied), 教育局 black (97.5).
        using var connection = await OpenAsync("""
            INSERT INTO snapshots SELECT * REPLACE (DATE '2024-05-01' AS report_month, DATE '2024-05-31' AS status_date)
            FROM snapshots WHERE task_id = 'A' AND report_month = DATE '2024-04-01';
            INSERT INTO snapshots SELECT * REPLACE (DATE '2024-02-01' AS report_month, DATE '2024-02-29' AS status_date)
            FROM snapshots WHERE task_id = 'B' AND report_month = DATE '2024-01-01';
            """);
        var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2024, 4), 10, CancellationToken.None);

        Assert.Equal(
            "从全年看，按年度考核口径（评分方法与红黑榜相同，报送纪律按1—12月累计），3家牵头单位参与排名，居前和居后的单位与本季度红黑榜相同（见下表）。"
            + "全年累计有1家单位漏报，共1项次：县教育局1项次。",
            UnitsSection.AssessmentText(figures));
        var table = QuarterlyReportBuilder.Build(figures, []).Sections.Single(s => s.Heading == ReportHeadings.Units)
            .Blocks.OfType<ReportTable>().Single(t => t.Caption.Contains("年度考核", StringComparison.Ordinal));
        Assert.Equal(
            [
                ["居前", "1", "县发改局", "100.00", "—", "-40", "0", "22", "0"],
                ["居前", "1", "县财政局", "100.00", "—", "-40", "0", "22", "0"],
                ["居后", "3", "县教育局", "99.32", "—", "-40", "0", "22", "1"],
            ],
            table.Rows);
    }

    [Fact]
    public async Task OtherQuarters_HaveNoYearAssessment()
    {
        using var connection = await OpenAsync();
        var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2024, 3), 10, CancellationToken.None);

        Assert.Empty(figures.Assessment);
        var document = QuarterlyReportBuilder.Build(figures, []);
        var units = document.Sections.Single(s => s.Heading == ReportHeadings.Units);
        Assert.DoesNotContain(units.Blocks.OfType<ReportTable>(), t => t.Caption.Contains("年度考核", StringComparison.Ordinal));
        Assert.DoesNotContain(units.Blocks.OfType<ReportParagraph>(), p => p.Text.StartsWith("从全年看", StringComparison.Ordinal));
        Assert.DoesNotContain("年度考核", document.Footnote, StringComparison.Ordinal);
    }

    private static async Task<DuckDBConnection> OpenAsync(string? change = null)
    {
        var connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(connection, Insert);
        if (change is not null)
        {
            await MetricsDatabase.ExecuteAsync(connection, change);
        }

        await MetricViews.InstallAsync(connection, CancellationToken.None);
        return connection;
    }
}
