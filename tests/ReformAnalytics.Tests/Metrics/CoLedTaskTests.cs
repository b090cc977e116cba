using DuckDB.NET.Data;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// By leader, a co-led task counts for each of its leaders: <see cref="MetricsFixture"/> with T3 (国资国企改革, 6月底前,
/// 95 %, open) led by 李四、张三 instead of 李四 alone.
/// </summary>
public sealed class CoLedTaskTests : IAsyncLifetime
{
    private DuckDBConnection _connection = null!;

    public async Task InitializeAsync()
    {
        _connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(_connection, MetricsFixture.InsertSnapshots);
        await MetricsDatabase.ExecuteAsync(_connection, "UPDATE snapshots SET leader = '李四、张三' WHERE task_id = 'T3'");
        await MetricViews.InstallAsync(_connection, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _connection.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ByLeader_ACoLedTaskCountsForEachLeader_AllTasksOnce()
    {
        var queries = new MetricQueries(_connection);
        var june = new ReportMonth(2024, 6);
        var leaders = (await queries.SummaryAsync(june, MetricGrouping.Leader, CancellationToken.None)).ToDictionary(r => r.GroupName);

        // 张三: T1, T2, T7, T8 and now T3 -> 5 with a deadline, T2 and T8 done -> 40 %.
        Assert.Equal((5, 5, 2), (leaders["张三"].Tasks, leaders["张三"].DeadlineTasks, leaders["张三"].Completed));
        Assert.Equal(40.0, leaders["张三"].CompletionRatePct!.Value, 1e-9);

        // 李四: T3, T4 (open), T5, as before; no group of the pair.
        Assert.Equal((3, 2, 0), (leaders["李四"].Tasks, leaders["李四"].DeadlineTasks, leaders["李四"].Completed));
        Assert.Equal(["张三", "李四"], leaders.Keys.Order(StringComparer.Ordinal));

        // Every other view of the month still counts T3 once: 7 tasks in all.
        Assert.Equal(7, Assert.Single(await queries.SummaryAsync(june, MetricGrouping.All, CancellationToken.None)).Tasks);
        var finance = (await queries.SummaryAsync(june, MetricGrouping.Unit, CancellationToken.None)).Single(r => r.GroupName == MetricsFixture.Finance);
        Assert.Equal(3, finance.Tasks); // T3, T4, T8
    }
}
