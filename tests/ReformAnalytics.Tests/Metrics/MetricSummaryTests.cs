using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Tests.Metrics.MetricsFixture;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// metric_summary for June 2024, worked out from the June rows of <see cref="MetricsFixture"/>:
///   task  unit  group leader  deadline? completed  planned   actual  lag        overdue stalled light
///   T1    发改  经济  张三    yes       no         90.5      70      20.5       no      no      amber
///   T2    发改  经济  张三    yes       yes (late) 100       100     0          no      no      green
///   T3    财政  经济  李四    yes       no         100       95      5          no      no      green   (due on D: due_unfinished)
///   T4    财政  社会  李四    open      no         -         -       -          no      no      green
///   T5    教育  社会  李四    yes       no         181/3     30      91/3       no      yes     red (on_track: disagrees)
///   T7    发改  经济  张三    yes       no         1205/18   50      305/18     no      no      amber   (local_pilot)
///   T8    财政  经济  张三    yes       yes (on time) 90.5   100     -9.5       no      no      green
/// (T6 was removed in June.)
/// </summary>
public sealed class MetricSummaryTests(MetricsFixture fixture) : IClassFixture<MetricsFixture>
{
    private const double Tolerance = 1e-9;
    private static readonly ReportMonth June = new(2024, 6);

    private async Task<IReadOnlyList<MetricSummaryRow>> Summary(MetricGrouping by, ReportMonth? month = null) =>
        await new MetricQueries(fixture.Connection).SummaryAsync(month ?? June, by, CancellationToken.None);

    [Fact]
    public async Task Summary_AllTasks_CountsAndRatesOverTasksWithADeadline()
    {
        var all = Assert.Single(await Summary(MetricGrouping.All));

        Assert.Equal("全部", all.GroupName);
        Assert.Equal(new DateOnly(2024, 6, 30), all.StatusDate);
        Assert.Equal(7, all.Tasks);
        Assert.Equal(1, all.OpenEndedExcluded); // T4, always shown
        Assert.Equal(0, all.NoDeadlineExcluded);
        Assert.Equal(6, all.DeadlineTasks);
        Assert.Equal(2, all.Completed); // T2, T8
        Assert.Equal(100.0 * 2 / 6, all.CompletionRatePct!.Value, Tolerance);
        Assert.Equal(1, all.CompletedOnTime); // T8
        Assert.Equal(3, all.Settled); // 2 completed + T3, due on 30 June and unfinished in June's return (not overdue)
        Assert.Equal(1, all.DueUnfinished);
        Assert.Equal(100.0 / 3, all.OnTimeRatePct!.Value, Tolerance);
        Assert.Equal(3, all.Behind); // T1 20.5, T5 30.33, T7 16.94 (T3 5 is not)
        Assert.Equal(0, all.Overdue);
        Assert.Equal(1, all.Stalled); // T5
        Assert.Equal(0, all.NoProgress);
        Assert.Equal(1, all.StatusDisagrees); // T5

        // open deadline tasks with a lag: T1 20.5 + T3 5 + T5 91/3 + T7 305/18 = 1310/18; / 4 = 1310/72 = 18.19 pp
        Assert.Equal(1310.0 / 72, all.AvgLagPp!.Value, Tolerance);
        Assert.Equal((4, 2, 1), (all.Green, all.Amber, all.Red));
    }

    [Fact]
    public async Task Summary_AllTasks_ComparesWithPreviousMonthAndPreviousQuarterEnd()
    {
        var all = Assert.Single(await Summary(MetricGrouping.All));

        // May: 8 tasks, 7 with a deadline, completed only T8 -> 1/7 = 14.29 %; T2 overdue (151 > 141).
        Assert.Equal(1, all.CompletedPrevMonth);
        Assert.Equal(100.0 / 7, all.CompletionRatePrevMonthPct!.Value, Tolerance);
        Assert.Equal((100.0 * 2 / 6) - (100.0 / 7), all.CompletionRateChangeMonthPp!.Value, Tolerance);
        Assert.Equal(1, all.OverduePrevMonth);

        // End of the previous quarter = March: nothing completed, nothing overdue -> 0 %, change +33.33 pp.
        Assert.Equal(0, all.CompletedPrevQuarter);
        Assert.Equal(0.0, all.CompletionRatePrevQuarterPct!.Value, Tolerance);
        Assert.Equal(100.0 * 2 / 6, all.CompletionRateChangeQuarterPp!.Value, Tolerance);
        Assert.Equal(0, all.OverduePrevQuarter);
    }

    [Fact]
    public async Task Summary_FirstMonth_HasNoPreviousFigures()
    {
        var march = Assert.Single(await Summary(MetricGrouping.All, new ReportMonth(2024, 3)));
        Assert.Equal(8, march.Tasks);
        Assert.Null(march.CompletedPrevMonth);
        Assert.Null(march.CompletionRateChangeMonthPp);
        Assert.Null(march.CompletedPrevQuarter);
    }

    [Fact]
    public async Task Summary_ByUnit_WorksOutEachUnitsRates()
    {
        var units = (await Summary(MetricGrouping.Unit)).ToDictionary(r => r.GroupName);
        Assert.Equal(3, units.Count);

        // 发改局: T1, T2, T7 -> 3 with a deadline, T2 done late: 1/3; settled 1, on time 0 -> 0 %;
        // behind T1, T7; avg lag (20.5 + 305/18) / 2 = (369/18 + 305/18) / 2 = 674/36.
        var development = units[Development];
        Assert.Equal((3, 3, 1), (development.Tasks, development.DeadlineTasks, development.Completed));
        Assert.Equal(100.0 / 3, development.CompletionRatePct!.Value, Tolerance);
        Assert.Equal(0.0, development.OnTimeRatePct!.Value, Tolerance);
        Assert.Equal(2, development.Behind);
        Assert.Equal(674.0 / 36, development.AvgLagPp!.Value, Tolerance);

        // 财政局: T3, T4 (open-ended, left out), T8 -> 2 with a deadline, T8 done on time: 1/2; settled T8 and T3 (due
        // 30 June, 95% in June's return): on time 1/2.
        var finance = units[Finance];
        Assert.Equal((3, 1, 2, 1), (finance.Tasks, finance.OpenEndedExcluded, finance.DeadlineTasks, finance.Completed));
        Assert.Equal(50.0, finance.CompletionRatePct!.Value, Tolerance);
        Assert.Equal(50.0, finance.OnTimeRatePct!.Value, Tolerance);
        Assert.Equal(0, finance.Behind);
        Assert.Equal(5.0, finance.AvgLagPp!.Value, Tolerance);

        // 教育局: T5 only (T6 removed): nothing done, nothing settled -> on-time rate has no base (null).
        var education = units[Education];
        Assert.Equal((1, 1, 0), (education.Tasks, education.DeadlineTasks, education.Completed));
        Assert.Equal(0.0, education.CompletionRatePct!.Value, Tolerance);
        Assert.Null(education.OnTimeRatePct);
        Assert.Equal((1, 1), (education.Behind, education.Stalled));
        Assert.Equal(91.0 / 3, education.AvgLagPp!.Value, Tolerance);

        // 教育局 in May: T5 and T6, neither done -> 0 %; change 0 pp.
        Assert.Equal(0.0, education.CompletionRateChangeMonthPp!.Value, Tolerance);
    }

    [Fact]
    public async Task Summary_ByGroup_WorksOutEachGroupsRates()
    {
        var groups = (await Summary(MetricGrouping.Group)).ToDictionary(r => r.GroupName);

        // 经济: T1, T2, T3, T7, T8 -> 5 with a deadline, 2 done (40 %), on time 1 of 3 settled (T2, T8, T3 due on D: 33.33 %);
        // behind T1, T7; avg lag (20.5 + 5 + 305/18) / 3 = (369 + 90 + 305) / 54 = 764/54.
        var economy = groups[Economy];
        Assert.Equal((5, 5, 2), (economy.Tasks, economy.DeadlineTasks, economy.Completed));
        Assert.Equal(40.0, economy.CompletionRatePct!.Value, Tolerance);
        Assert.Equal(100.0 / 3, economy.OnTimeRatePct!.Value, Tolerance);
        Assert.Equal(2, economy.Behind);
        Assert.Equal(764.0 / 54, economy.AvgLagPp!.Value, Tolerance);

        // 社会: T4 (open-ended), T5 -> 1 with a deadline, 0 done; 1 left out.
        var society = groups[Society];
        Assert.Equal((2, 1, 1, 0), (society.Tasks, society.OpenEndedExcluded, society.DeadlineTasks, society.Completed));
        Assert.Equal(0.0, society.CompletionRatePct!.Value, Tolerance);
        Assert.Equal(1, society.Stalled);
    }

    [Fact]
    public async Task Summary_ByLeaderAndByLedger_SplitTheSameTasks()
    {
        var leaders = (await Summary(MetricGrouping.Leader)).ToDictionary(r => r.GroupName);

        // 张三: T1, T2, T7, T8 -> 4 with a deadline, T2 and T8 done -> 50 %, on time 1 of 2.
        Assert.Equal((4, 2), (leaders["张三"].DeadlineTasks, leaders["张三"].Completed));
        Assert.Equal(50.0, leaders["张三"].OnTimeRatePct!.Value, Tolerance);

        // 李四: T3, T4 (open), T5 -> 2 with a deadline, none done.
        Assert.Equal((3, 1, 2, 0), (leaders["李四"].Tasks, leaders["李四"].OpenEndedExcluded, leaders["李四"].DeadlineTasks, leaders["李四"].Completed));

        var ledgers = (await Summary(MetricGrouping.Ledger)).ToDictionary(r => r.GroupName);
        Assert.Equal(6, ledgers["overall"].Tasks);
        Assert.Equal(1, ledgers["local_pilot"].Tasks); // T7
        Assert.Equal(305.0 / 18, ledgers["local_pilot"].AvgLagPp!.Value, Tolerance);
    }

    [Fact]
    public async Task Summary_April_CountsRedLightsAndDisagreements()
    {
        var april = Assert.Single(await Summary(MetricGrouping.All, new ReportMonth(2024, 4)));

        // April lights: green T3 (6.30 pp), T4, T8 (completed); amber T1 (10), T5 (10), T6 (no figure), T7 (10);
        // red T2 (25.11, reported on_track -> disagrees).
        Assert.Equal((3, 4, 1), (april.Green, april.Amber, april.Red));
        Assert.Equal(1, april.StatusDisagrees);
        Assert.Equal(1, april.NoProgress); // T6
    }
}
