using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using static ReformAnalytics.Tests.Metrics.MetricsFixture;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>reporting_discipline and missing_returns from <see cref="MetricsFixture"/>: T6 (教育局) vanishes in June.</summary>
public sealed class ReportingDisciplineTests(MetricsFixture fixture) : IClassFixture<MetricsFixture>
{
    private const double Tolerance = 1e-9;

    private MetricQueries Queries => new(fixture.Connection);

    [Fact]
    public async Task Discipline_June_TaskAbsentAfterBeingReportedOpen_IsAMissingReturn()
    {
        var units = (await Queries.ReportingDisciplineAsync(new ReportMonth(2024, 6), CancellationToken.None)).ToDictionary(r => r.LeadUnit);

        // Expected in June = in May, not completed: 发改局 T1, T2, T7 (T7's ledger local_pilot has a June snapshot);
        // 财政局 T3, T4 (T8 was completed); 教育局 T5, T6. Only T6 is absent from June.
        Assert.Equal((3, 3, 0), (units[Development].ExpectedReturns, units[Development].Returned, units[Development].MissingReturns));
        Assert.Equal((2, 2, 0), (units[Finance].ExpectedReturns, units[Finance].Returned, units[Finance].MissingReturns));
        Assert.Equal((2, 1, 1), (units[Education].ExpectedReturns, units[Education].Returned, units[Education].MissingReturns));
        Assert.Equal(50.0, units[Education].ReturnRatePct, Tolerance);
        Assert.True(units[Education].ReturnMissing);
        Assert.False(units[Finance].ReturnMissing);
    }

    [Fact]
    public async Task Discipline_CompletedTasksAreNotExpected()
    {
        // May: expected from April's open tasks. 财政局 had T3, T4 open and T8 completed in April -> 2 expected.
        var may = (await Queries.ReportingDisciplineAsync(new ReportMonth(2024, 5), CancellationToken.None)).Single(r => r.LeadUnit == Finance);
        Assert.Equal(2, may.ExpectedReturns);
        Assert.Equal(100.0, may.ReturnRatePct, Tolerance);
    }

    [Fact]
    public async Task Discipline_FirstMonth_ExpectsNothing()
    {
        Assert.Empty(await Queries.ReportingDisciplineAsync(new ReportMonth(2024, 3), CancellationToken.None));
    }

    [Fact]
    public async Task MissingReturns_ListsTheRemovedTaskOnceInTheMonthItDisappears()
    {
        var june = Assert.Single(await Queries.MissingReturnsAsync(new ReportMonth(2024, 6), CancellationToken.None));
        Assert.Equal("T6", june.TaskId);
        Assert.Equal(Education, june.LeadUnit);
        Assert.Equal(new DateOnly(2024, 5, 1), june.LastReportedMonth);
        Assert.Null(june.LastActualPct); // May had no figure
        Assert.Equal("on_track", june.LastStatus);

        Assert.Empty(await Queries.MissingReturnsAsync(new ReportMonth(2024, 5), CancellationToken.None));
    }
}
