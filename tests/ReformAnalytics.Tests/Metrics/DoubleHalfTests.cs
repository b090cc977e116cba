using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Tests.Metrics.MetricsFixture;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>双过半 at 30 June 2024 from <see cref="MetricsFixture"/> (planned and actual per task in <see cref="MetricSummaryTests"/>).</summary>
public sealed class DoubleHalfTests(MetricsFixture fixture) : IClassFixture<MetricsFixture>
{
    private const double Tolerance = 1e-9;
    private static readonly ReportMonth June = new(2024, 6);

    private Task<IReadOnlyList<DoubleHalfRow>> DoubleHalf(MetricGrouping by) =>
        new MetricQueries(fixture.Connection).DoubleHalfAsync(June, by, CancellationToken.None);

    [Fact]
    public async Task DoubleHalf_AllTasks_WorkBehindTime()
    {
        var all = Assert.Single(await DoubleHalf(MetricGrouping.All));

        // time: (90.5 + 100 + 100 + 181/3 + 1205/18 + 90.5) / 6 = (381 + 2291/18) / 6
        var time = (381 + (2291.0 / 18)) / 6;
        // work: (70 + 100 + 95 + 30 + 50 + 100) / 6 = 445 / 6
        Assert.Equal(time, all.TimeSharePct!.Value, Tolerance);
        Assert.Equal(445.0 / 6, all.WorkSharePct!.Value, Tolerance);
        Assert.Equal((445.0 / 6) - time, all.GapPp!.Value, Tolerance);
        Assert.False(all.Reached);
        Assert.Equal(1, all.OpenEndedExcluded);

        // calendar: (30 June - 1 January) / (31 December - 1 January) = 181 / 365
        Assert.Equal(100.0 * 181 / 365, all.YearTimePct, Tolerance);
    }

    [Fact]
    public async Task DoubleHalf_ByUnit_OneUnitKeepsPace()
    {
        var units = (await DoubleHalf(MetricGrouping.Unit)).ToDictionary(r => r.GroupName);

        // 财政局: time (100 + 90.5) / 2 = 95.25, work (95 + 100) / 2 = 97.5 -> reached, +2.25 pp.
        Assert.Equal(95.25, units[Finance].TimeSharePct!.Value, Tolerance);
        Assert.Equal(97.5, units[Finance].WorkSharePct!.Value, Tolerance);
        Assert.Equal(2.25, units[Finance].GapPp!.Value, Tolerance);
        Assert.True(units[Finance].Reached);

        // 发改局: time (90.5 + 100 + 1205/18) / 3, work (70 + 100 + 50) / 3 = 220/3 -> not reached.
        Assert.Equal((190.5 + (1205.0 / 18)) / 3, units[Development].TimeSharePct!.Value, Tolerance);
        Assert.Equal(220.0 / 3, units[Development].WorkSharePct!.Value, Tolerance);
        Assert.False(units[Development].Reached);

        // 教育局: time 181/3, work 30 -> not reached.
        Assert.Equal(181.0 / 3, units[Education].TimeSharePct!.Value, Tolerance);
        Assert.False(units[Education].Reached);
    }

    [Fact]
    public async Task DoubleHalf_ByGroup_LeavesOpenEndedTasksOutAndSaysSo()
    {
        var groups = (await DoubleHalf(MetricGrouping.Group)).ToDictionary(r => r.GroupName);

        // 社会: only T5 has a deadline (T4 open-ended is left out and counted).
        Assert.Equal(1, groups[Society].DeadlineTasks);
        Assert.Equal(1, groups[Society].OpenEndedExcluded);
        Assert.Equal(30.0, groups[Society].WorkSharePct!.Value, Tolerance);

        // 经济: work (70 + 100 + 95 + 50 + 100) / 5 = 83.
        Assert.Equal(83.0, groups[Economy].WorkSharePct!.Value, Tolerance);
    }

    [Fact]
    public async Task DoubleHalf_UnknownProgress_CountsAsNoWorkDone()
    {
        // May, 教育局: T5 30 % and T6 without a figure -> work (30 + 0) / 2 = 15; time (151/300 + 151/200) * 100 / 2.
        var may = (await new MetricQueries(fixture.Connection).DoubleHalfAsync(new ReportMonth(2024, 5), MetricGrouping.Unit, CancellationToken.None))
            .Single(r => r.GroupName == Education);
        Assert.Equal(15.0, may.WorkSharePct!.Value, Tolerance);
        Assert.Equal(((100.0 * 151 / 300) + (100.0 * 151 / 200)) / 2, may.TimeSharePct!.Value, Tolerance);
        Assert.Equal(1, may.NoProgress);
    }
}
