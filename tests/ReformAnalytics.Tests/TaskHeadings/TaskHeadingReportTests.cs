using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using ReformAnalytics.Reports;
using ReformAnalytics.Tests.Reports;
using static ReformAnalytics.Tests.TaskHeadings.TaskHeadingCounty;

namespace ReformAnalytics.Tests.TaskHeadings;

/// <summary>
/// The quarterly report names a sub-task with its heading (<see cref="TaskHeadingCounty"/>, 2024Q2): its tables as
/// 深化财税体制改革 › 制定实施方案, its text as “深化财税体制改革”中的“制定实施方案”; before, a bare “制定实施方案”.
/// </summary>
public sealed class TaskHeadingReportTests(TaskHeadingCounty county) : IClassFixture<TaskHeadingCounty>
{
    [Fact]
    public async Task NegativeSection_NamesTheLongestOverdueSubTaskWithItsHeading_InTextAndTable()
    {
        var report = await BuildAsync();

        Assert.Contains(
            "逾期时间最长的是县财政局牵头的“深化财税体制改革”中的“制定实施方案”，已逾期30天。",
            ReportNumbers.Paragraphs(report, ReportHeadings.Negative).Single(),
            StringComparison.Ordinal);
        Assert.Equal(
            [("深化财税体制改革 › 制定实施方案", "县财政局"), ("推进数字政府建设", "县数据局")],
            Table(report, ReportHeadings.Negative).Rows.Select(r => (r[1], r[2])));
    }

    [Fact]
    public async Task ResultsAndRiskTables_ShowTheHeadingBeforeTheSubTasksName()
    {
        var fiscal = await county.TaskIdAsync(Plan, "县财政局");
        await ReformDatabase.ExecuteAsync(county.Connection, $"""
            CREATE TABLE risk_flags (as_of DATE, task_id VARCHAR, probability DOUBLE, rank INTEGER, reasons VARCHAR[], horizon_months INTEGER);
            INSERT INTO risk_flags VALUES (DATE '2024-06-30', '{fiscal}', 0.9, 1, ['已逾期'], 3);
            """, CancellationToken.None);

        var report = await BuildAsync();

        Assert.Equal([("深化国资国企改革 › 制定实施方案", "县国资办")], Table(report, ReportHeadings.Results).Rows.Select(r => (r[1], r[3])));
        Assert.Equal([("深化财税体制改革 › 制定实施方案", "县财政局")], Table(report, ReportHeadings.Risk).Rows.Select(r => (r[1], r[2])));
    }

    private async Task<ReportDocument> BuildAsync()
    {
        var figures = await QuarterFiguresLoader.LoadAsync(county.Connection, new Quarter(2024, 2), 10, CancellationToken.None);
        return QuarterlyReportBuilder.Build(figures, []);
    }

    private static ReportTable Table(ReportDocument report, string heading) =>
        report.Sections.Single(s => s.Heading == heading).Blocks.OfType<ReportTable>().First();
}
