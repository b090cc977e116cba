using ReformAnalytics.Risk;
using ReformAnalytics.Tests.Metrics;

namespace ReformAnalytics.Tests.Risk;

/// <summary>
/// Leader features of a co-led task: <see cref="RiskHistory"/> with R1 led by 张三、李四. Settled by July 2024: 张三's
/// R4 late (April: 90 of a 30 April deadline); 李四's R3 on time (done in May, due June) and R2 late (June). July's
/// tasks: 张三 R1 R4 R6 = 3, 李四 R1 R2 R3 R5 = 4; the average leader 3.5.
/// </summary>
public sealed class CoLedRiskFeatureTests
{
    [Fact]
    public async Task Features_ACoLedTask_TakesItsLeadersRecordsNotThePairs()
    {
        await using var db = await MetricsDatabase.OpenAsync();
        await RiskHistory.InsertAsync(db, RiskHistory.Tasks, 1, 12);
        await MetricsDatabase.ExecuteAsync(db, "UPDATE snapshots SET leader = '张三、李四' WHERE task_id = 'R1'");
        await RiskViews.InstallAsync(db, CancellationToken.None);

        var july = (await TaskRow.QueryAsync(db, "SELECT * FROM risk_features WHERE report_month = DATE '2024-07-01'")).ToDictionary(r => r.Text("task_id")!);

        // R1: the higher late rate of its leaders (张三 1 of 1, 李四 1 of 2), the larger record (2), the busier leader (李四 4).
        var r1 = july["R1"];
        Assert.Equal((1.0, 2L, 4L), (r1.Double("leader_late_rate"), r1.Long("leader_settled"), r1.Long("leader_tasks")));
        Assert.Equal(4 / 3.5, r1.Double("leader_load_ratio")!.Value, 1e-9);

        // R2 (李四 alone) and R4 (张三 alone) count R1 among their leader's tasks.
        Assert.Equal((0.5, 2L, 4L), (july["R2"].Double("leader_late_rate"), july["R2"].Long("leader_settled"), july["R2"].Long("leader_tasks")));
        Assert.Equal((1.0, 1L, 3L), (july["R4"].Double("leader_late_rate"), july["R4"].Long("leader_settled"), july["R4"].Long("leader_tasks")));
        Assert.Equal(3 / 3.5, july["R4"].Double("leader_load_ratio")!.Value, 1e-9);
    }
}
