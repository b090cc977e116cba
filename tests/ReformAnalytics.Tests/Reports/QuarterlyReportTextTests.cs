using ReformAnalytics.Metrics;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

/// <summary>
/// Every number the drafted text prints equals the matching query on the metric views (and the hand-worked
/// figure of the fixture, see <see cref="ReportFixture"/>).
/// </summary>
public sealed class QuarterlyReportTextTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private const string June = "report_month = DATE '2024-06-01'";
    private const string All = "FROM metric_summary WHERE dimension = 'all' AND " + June;

    private Task<ReportDocument> Q2Async() => fixture.Q2Async();

    private Task<double> Q(string sql) => fixture.ValueAsync(sql);

    [Fact]
    public async Task Totals_EveryNumber_IsTheViewsFigure()
    {
        var text = ReportNumbers.Paragraphs(await Q2Async(), ReportHeadings.Overview)[0];

        // June: 8 tasks; R4 open-ended and R7 without a deadline leave 6 with a deadline; R1, R5, R6 done -> 50%.
        // March: the same 6 deadline tasks, only R5 done -> 16.67%; change 50 - 16.67 = 33.3 points.
        double[] byHand = [2024, 6, 30, 8, 6, 1, 1, 3, 50, 33.3];
        double[] fromViews =
        [
            2024, 6, 30,
            await Q("SELECT tasks " + All), await Q("SELECT deadline_tasks " + All), await Q("SELECT open_ended_excluded " + All),
            await Q("SELECT no_deadline_excluded " + All), await Q("SELECT completed " + All),
            ReportNumbers.Printed(await Q("SELECT completion_rate_pct " + All)),
            ReportNumbers.Printed(await Q("SELECT completion_rate_change_quarter_pp " + All)),
        ];
        Assert.Equal(byHand, fromViews);
        Assert.Equal(fromViews, ReportNumbers.Of(text));
        Assert.Contains("三本台账共有改革任务8项", text, StringComparison.Ordinal);
        Assert.Contains("较上季度末提高33.3个百分点", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanAgainstWork_EveryNumber_IsTheViewsFigure()
    {
        var text = ReportNumbers.Paragraphs(await Q2Async(), ReportHeadings.Overview)[1];

        // Planned at June 30 (181 days after Jan 1): R1, R3, R5 past their deadlines -> 100; R2, R8 181/365 = 49.59;
        // R6 181/273 = 66.30 -> mean 465.48 / 6 = 77.6. Actual 100 + 30 + 60 + 100 + 100 + 10 = 400 / 6 = 66.7;
        // 10.9 points slower. Settled = 3 completed + 1 overdue (R3) = 4, of which 3 on time -> 75%.
        double[] byHand = [77.6, 66.7, 10.9, 4, 3, 75];
        double[] fromViews =
        [
            ReportNumbers.Printed(await Q("SELECT time_share_pct " + All)),
            ReportNumbers.Printed(await Q("SELECT work_share_pct " + All)),
            ReportNumbers.Printed(-await Q("SELECT gap_pp FROM double_half WHERE dimension = 'all' AND " + June)),
            await Q("SELECT settled " + All), await Q("SELECT completed_on_time " + All),
            ReportNumbers.Printed(await Q("SELECT on_time_rate_pct " + All)),
        ];
        Assert.Equal(byHand, fromViews);
        Assert.Equal(fromViews, ReportNumbers.Of(text));
        Assert.Contains("慢于计划10.9个百分点", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LagAndLights_EveryNumber_IsTheViewsFigure()
    {
        var paragraphs = ReportNumbers.Paragraphs(await Q2Async(), ReportHeadings.Overview);

        // Behind (lag >= 10): R2 19.6, R3 40, R8 39.6; overdue R3; stalled R4, R8 (same figure 4 months).
        // Red: R3 (overdue), R8 (lag >= 25); amber: R2, R4 (stalled); green: R1, R5, R6, R7. R8 says on_track while red.
        double[] byHand = [3, 1, 2, 2, 2, 4];
        double[] fromViews =
        [
            await Q("SELECT behind " + All), await Q("SELECT overdue " + All), await Q("SELECT stalled " + All),
            await Q("SELECT red " + All), await Q("SELECT amber " + All), await Q("SELECT green " + All),
        ];
        Assert.Equal(byHand, fromViews);
        Assert.Equal(fromViews, ReportNumbers.Of(paragraphs[2]));
        Assert.Equal([1.0], ReportNumbers.Of(paragraphs[3]));
        Assert.Equal(1, await Q("SELECT status_disagrees " + All));
    }

    [Fact]
    public async Task GroupsAndLedgers_EveryNumber_IsTheViewsFigure()
    {
        var paragraphs = ReportNumbers.Paragraphs(await Q2Async(), ReportHeadings.GroupsAndLedgers);
        const string group = "FROM metric_summary WHERE dimension = 'group' AND " + June;

        // 经济: R1, R2, R5 with deadlines, R1 and R5 done -> 66.7%; March: R5 of 3 -> 33.3%, +33.3.
        // 社会: R3, R6, R8, R6 done -> 33.3%; March 0 of 3 -> +33.3; 社会 has 2 behind (R3, R8), 经济 1 (R2).
        double[] fromViews =
        [
            await Q("SELECT count(*) " + group),
            ReportNumbers.Printed(await Q("SELECT completion_rate_pct " + group + " AND group_name = '" + ReportFixture.Economy + "'")),
            ReportNumbers.Printed(await Q("SELECT completion_rate_pct " + group + " AND group_name = '" + ReportFixture.Society + "'")),
            ReportNumbers.Printed(await Q("SELECT completion_rate_change_quarter_pp " + group + " AND group_name = '" + ReportFixture.Economy + "'")),
            await Q("SELECT behind " + group + " AND group_name = '" + ReportFixture.Society + "'"),
        ];
        Assert.Equal([2, 66.7, 33.3, 33.3, 2], fromViews);
        Assert.Equal(fromViews, ReportNumbers.Of(paragraphs[0]));

        // Ledgers in the office's order: overall (R1, R2, R3, R7, R4, R8: 6, R1 done of 4 with deadlines), assigned_pilot (R5: 1 task, done), local_pilot (R6: 1, done).
        const string ledger = "FROM metric_summary WHERE dimension = 'ledger' AND " + June + " AND group_name = ";
        var ledgerFigures = new List<double>();
        foreach (var id in new[] { "overall", "assigned_pilot", "local_pilot" })
        {
            ledgerFigures.Add(await Q("SELECT tasks " + ledger + "'" + id + "'"));
            ledgerFigures.Add(await Q("SELECT completed " + ledger + "'" + id + "'"));
            ledgerFigures.Add(ReportNumbers.Printed(await Q("SELECT completion_rate_pct " + ledger + "'" + id + "'")));
        }

        Assert.Equal([6, 1, 25, 1, 1, 100, 1, 1, 100], ledgerFigures);
        Assert.Equal(ledgerFigures, ReportNumbers.Of(paragraphs[2]));

        // Between them, after figure 4: self-reported behind 1 (R3) against computed 3; 社会 1 against 2.
        Assert.Equal([1, await Q("SELECT behind " + All), 1, 2], ReportNumbers.Of(paragraphs[1]));
    }

    [Fact]
    public async Task Units_RankedCountAndMissingReturns_AreTheViewsFigures()
    {
        var paragraphs = ReportNumbers.Paragraphs(await Q2Async(), ReportHeadings.Units);

        // Three units have deadline tasks and are ranked. 县财政局 missed R2's May return: 1 unit, 1 return.
        Assert.Equal([await Q("SELECT count(*) FROM unit_ranking WHERE ranked AND " + June)], ReportNumbers.Of(paragraphs[0]));
        Assert.Equal(3, await Q("SELECT count(*) FROM unit_ranking WHERE ranked AND " + June));
        const string quarter = "FROM reporting_discipline WHERE report_month BETWEEN DATE '2024-04-01' AND DATE '2024-06-01'";
        double[] fromViews = [await Q("SELECT count(DISTINCT lead_unit) " + quarter + " AND missing_returns > 0"), await Q("SELECT sum(missing_returns)::DOUBLE " + quarter)];
        Assert.Equal([1, 1], fromViews);
        Assert.Equal(fromViews, ReportNumbers.Of(paragraphs[1]));
        Assert.Contains("县财政局", paragraphs[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoubleHalf_AtMidYear_NumbersAreTheViewsFigures()
    {
        var text = ReportNumbers.Paragraphs(await Q2Async(), ReportHeadings.DoubleHalf)[0];
        const string dh = "FROM double_half WHERE " + June + " AND dimension = ";

        // Year gone: 181 / 365 = 49.6%; work (100 + 30 + 60 + 100 + 100 + 10) / 6 = 66.7% against planned
        // (100 + 49.6 + 100 + 100 + 66.3 + 49.6) / 6 = 77.6% -> past half, but slower than planned: 双过半 not reached (the
        // table's 否, the dashboard's 未达到). Groups: 经济 work 76.7 < planned (100 + 49.6 + 100) / 3 = 83.2; 社会 work 56.7 <
        // planned (100 + 66.3 + 49.6) / 3 = 72.0 -> neither group reaches it.
        double[] fromViews =
        [
            2024, 6, 30,
            ReportNumbers.Printed(await Q("SELECT year_time_pct " + dh + "'all'")),
            ReportNumbers.Printed(await Q("SELECT work_share_pct " + dh + "'all'")),
            ReportNumbers.Printed(await Q("SELECT time_share_pct " + dh + "'all'")),
            ReportNumbers.Printed(ReportNumbers.Printed(await Q("SELECT time_share_pct " + dh + "'all'")) - ReportNumbers.Printed(await Q("SELECT work_share_pct " + dh + "'all'"))),
            await Q("SELECT count(*) " + dh + "'group' AND NOT reached"),
        ];
        Assert.Equal([2024, 6, 30, 49.6, 66.7, 77.6, 10.9, 2], fromViews);
        Assert.Equal(fromViews, ReportNumbers.Of(text));

        // The calendar share and the verdict's yardstick are named apart, so 66.7% > 49.6% does not read as a contradiction.
        Assert.Contains("全年时间已过49.6%（按日历计），全部任务平均工作进度66.7%，已过半。", text, StringComparison.Ordinal);
        Assert.Contains("按各项任务自身的完成时限测算，此时应完成77.6%（即“双过半”所比的时间进度），工作进度慢于时间进度10.9个百分点，按此口径未实现“双过半”。", text, StringComparison.Ordinal);
        Assert.Contains("分专项小组看，2个专项小组均未实现“双过半”。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("实现了", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NegativeList_CountsAreTheViewsFigures()
    {
        var text = ReportNumbers.Paragraphs(await Q2Async(), ReportHeadings.Negative)[0];
        const string list = "FROM negative_list WHERE " + June;

        // R2 (behind), R3 (overdue, behind), R4 (stalled), R8 (behind, stalled); R3 overdue June 30 - May 31 = 30 days.
        double[] fromViews =
        [
            2024, 6, 30,
            await Q("SELECT count(*) " + list), await Q("SELECT count(*) " + list + " AND overdue"),
            await Q("SELECT count(*) " + list + " AND behind"), await Q("SELECT count(*) " + list + " AND stalled"),
            await Q("SELECT max(days_overdue) " + list),
        ];
        Assert.Equal([2024, 6, 30, 4, 1, 3, 2, 30], fromViews);
        Assert.Equal(fromViews, ReportNumbers.Of(text));
        Assert.Contains("“县域医共体建设”", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_CountsAreTheViewsFigures()
    {
        var text = ReportNumbers.Paragraphs(await Q2Async(), ReportHeadings.Results)[0];
        const string list = "FROM results_list WHERE completed_month BETWEEN DATE '2024-04-01' AND DATE '2024-06-01'";

        // Completed in Q2: R6 (May, deadline September) and R1 (June, deadline June): both on time. R5 was done in March.
        double[] fromViews = [2024, 4, 2024, 6, await Q("SELECT count(*) " + list), await Q("SELECT count(*) " + list + " AND completed_on_time")];
        Assert.Equal([2024, 4, 2024, 6, 2, 2], fromViews);
        Assert.Equal(fromViews, ReportNumbers.Of(text));
    }

    [Fact]
    public async Task Risk_WithoutRiskFlagsTable_SaysThePlainTruth()
    {
        var text = ReportNumbers.Paragraphs(await Q2Async(), ReportHeadings.Risk);

        var only = Assert.Single(text);
        Assert.StartsWith("本季度末及以前尚无风险模型的评估结果", only, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstQuarter_NoPreviousQuarter_SaysSoInsteadOfAChange()
    {
        var document = await QuarterlyReport.BuildAsync(fixture.Connection, new Quarter(2024, 1), QuarterlyReportOptions.Default, CancellationToken.None);
        var text = ReportNumbers.Paragraphs(document, ReportHeadings.Overview)[0];

        // A first quarter is never compared with the last year's fourth (a new ledger year), whether or not it is in the database.
        Assert.Contains("新的年度台账不与上年第四季度末比较", text, StringComparison.Ordinal);
        // March is not June: section four compares the two shares without a verdict, under its own heading, and says
        // when 双过半 is assessed. Year gone 90 / 365 = 24.7%. Planned at 31 March (S + 90): R1 90/181 = 49.7, R2 90/365
        // = 24.7, R3 90/151 = 59.6, R5 100 (due that day), R6 90/273 = 33.0, R8 24.7 -> 291.6 / 6 = 48.6; work
        // (40 + 10 + 20 + 100 + 20 + 10) / 6 = 33.3 -> 15.3 points slower.
        Assert.DoesNotContain(ReportHeadings.DoubleHalf, document.Sections.Select(s => s.Heading));
        Assert.Equal(
            "截至2024年3月31日，全年时间已过24.7%（按日历计），全部任务平均工作进度33.3%；按各项任务自身的完成时限测算，此时应完成48.6%，"
            + "工作进度慢于时间进度15.3个百分点。6月底将以同一口径评估“双过半”。",
            ReportNumbers.Paragraphs(document, ReportHeadings.TimeAndWork)[0]);
        Assert.Contains("（任务汇总、时间进度与工作进度、红黑榜", document.Footnote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuarterWithoutData_FailsWithAChineseMessage()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            QuarterlyReport.BuildAsync(fixture.Connection, new Quarter(2023, 4), QuarterlyReportOptions.Default, CancellationToken.None));

        Assert.Contains("没有2023年第四季度", error.Message, StringComparison.Ordinal);
    }
}
