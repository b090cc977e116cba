using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>results_list (成果清单) and negative_list (负面清单) from <see cref="MetricsFixture"/>.</summary>
public sealed class ListViewsTests(MetricsFixture fixture) : IClassFixture<MetricsFixture>
{
    private MetricQueries Queries => new(fixture.Connection);

    [Fact]
    public async Task ResultsList_SecondQuarter_ListsTasksFirstCompletedInIt()
    {
        var q2 = new Quarter(2024, 2);
        var rows = await Queries.ResultsListAsync(q2.FirstMonth, q2.LastMonth, CancellationToken.None);

        // T8 first completed in April (on time), T2 in June (due in May: late). Each once, not once per month.
        Assert.Equal(["T8", "T2"], rows.Select(r => r.TaskId));
        Assert.True(rows[0].CompletedOnTime);
        Assert.False(rows[1].CompletedOnTime);
        Assert.Equal("2024Q2", rows[1].CompletedQuarter);
    }

    [Fact]
    public async Task ResultsList_FirstQuarter_IsEmpty()
    {
        var q1 = new Quarter(2024, 1);
        Assert.Empty(await Queries.ResultsListAsync(q1.FirstMonth, q1.LastMonth, CancellationToken.None));
    }

    [Fact]
    public async Task NegativeList_June_BehindAndStalledTasksWithReasons()
    {
        var rows = (await Queries.NegativeListAsync(new ReportMonth(2024, 6), CancellationToken.None)).ToDictionary(r => r.TaskId);

        // June: T1 lag 20.5, T5 30.33 and stalled, T7 16.94 -> on the list; T3 (5 pp behind, not behind by the 10 pp
        // rule) is due on June's status date and at 95%: on the list as due and unfinished, not overdue. Completed tasks are not.
        Assert.Equal(["T1", "T3", "T5", "T7"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["behind"], rows["T1"].Reasons);
        Assert.Equal(["due"], rows["T3"].Reasons);
        Assert.True(rows["T3"].DueUnfinished);
        Assert.False(rows["T3"].Overdue);
        Assert.Equal(["behind", "stalled"], rows["T5"].Reasons);
        Assert.Equal(3, rows["T5"].StalledMonths);
        Assert.True(rows["T5"].StatusDisagrees);
    }

    [Fact]
    public async Task NegativeList_May_PutsTheOverdueTaskFirst()
    {
        var rows = await Queries.NegativeListAsync(new ReportMonth(2024, 5), CancellationToken.None);

        // May: T2 overdue 10 days (lag 20) first, then by lag: T5 20.33, T1 15.5, T7 13.61. T6 (no figure) cannot be judged.
        Assert.Equal(["T2", "T5", "T1", "T7"], rows.Select(r => r.TaskId));
        Assert.Equal(["overdue", "behind"], rows[0].Reasons);
        Assert.Equal(10, rows[0].DaysOverdue);
    }
}
