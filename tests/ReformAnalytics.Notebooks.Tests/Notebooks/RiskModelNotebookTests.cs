using ReformAnalytics.Model;
using ReformAnalytics.Notebooks.Tests.Support;

namespace ReformAnalytics.Notebooks.Tests.Notebooks;

/// <summary>
/// 风险模型 runs the backtest, the pre-inspection list, the reasons, one flagged task and the horizon comparison on
/// the sample county (2022-01 to 2024-12). Expected values are worked out from the documented rules (docs/risk.md)
/// and the sample's manifest.
/// </summary>
[Collection(SampleDatabaseCollection.Name)]
public sealed class RiskModelNotebookTests(SampleDatabaseFixture sample)
{
    private const string FileName = "风险模型.ipynb";

    /// <summary>The list date: June of the last year, since the database holds that year's December.</summary>
    private ReportMonth ListMonth => new(sample.Manifest.LastMonth.Year, 6);

    [Fact]
    public async Task Backtest_UsesTheDocumentedCutOffs()
    {
        var table = (await sample.RunAsync(FileName)).Query("各截点：模型与最好的规则");

        // First snapshot 2022-01; the first cut-off is 12 months later, then every 3 months before the last month
        // (2024-12), December skipped: 2023-01, 2023-04, 2023-07, 2023-10, 2024-01, 2024-04, 2024-07, 2024-10.
        string[] expected = ["2023-01", "2023-04", "2023-07", "2023-10", "2024-01", "2024-04", "2024-07", "2024-10"];
        Assert.Equal(2022, sample.Manifest.FirstYear);
        Assert.Equal(expected, table.Column<string>("截点"));
    }

    [Fact]
    public async Task List_IsTheTop20AtMidYear_RiskiestFirst()
    {
        var table = (await sample.RunAsync(FileName)).Query($"{ListMonth} 督察前风险清单（前 20 项）");

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), table.NumberColumn("排名"));
        var probabilities = table.Column("滞后概率").Select(v => Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(probabilities.OrderDescending(), probabilities);
        Assert.All(table.Column<string>("主要原因"), r => Assert.False(string.IsNullOrWhiteSpace(r)));
    }

    [Fact]
    public async Task ReasonCounts_NameOnlyInputsOfTheModel()
    {
        var run = await sample.RunAsync(FileName);
        var table = run.Query($"{ListMonth} 各输入被列为原因的次数");

        var inputs = Risk.RiskFeatures.All.Select(f => f.Column).ToHashSet(StringComparer.Ordinal);
        Assert.All(table.Column<string>("输入"), i => Assert.Contains(i, inputs));

        // Each reason is one of a task's first three; the top 20 have at most 60 between them.
        var inTop = table.NumberColumn("其中在前20项").Sum();
        Assert.InRange(inTop, 20, 60);
        Assert.All(table.NumberColumn("作为第一原因").Zip(table.NumberColumn("作为前三原因")), p => Assert.True(p.First <= p.Second));
    }

    [Fact]
    public async Task FlaggedTask_IsFollowedFromTheListMonthOn()
    {
        var run = await sample.RunAsync(FileName);
        var after = run.Queries.Single(q => q.TableName.EndsWith($"：{ListMonth} 以后", StringComparison.Ordinal));

        var months = after.DateColumn("月份").Select(ReportMonth.Of).ToList();
        Assert.Equal(ListMonth, months[0]);
        Assert.All(months.Zip(months.Skip(1)), p => Assert.Equal(p.First.Next(), p.Second));
        Assert.Single(run.Queries.Single(q => q.TableName.EndsWith("：预测期内是否滞后", StringComparison.Ordinal)).Rows.Cast<System.Data.DataRow>());
    }

    [Fact]
    public async Task Horizons_LongerWindowsSeeAtLeastAsManyTasksFallBehind()
    {
        var table = (await sample.RunAsync(FileName)).Query($"{ListMonth}：预测期限与命中");

        // Windows from June: 1 month -> July, 3 -> September, 6 -> December (never past the year end).
        Assert.Equal([1L, 3L, 6L], table.NumberColumn("预测期限（月）"));
        Assert.Equal(["2024-07", "2024-09", "2024-12"], table.Column<string>("结果截至"));

        // The windows nest, so a task that fell behind within 1 month also did within 3 and 6.
        var fell = table.NumberColumn("期内滞后");
        Assert.True(fell[0] <= fell[1] && fell[1] <= fell[2], string.Join(" ", fell));
        Assert.Equal(20, table.NumberColumn("与3个月名单重合")[1]);
        Assert.All(table.NumberColumn("前20名中滞后").Zip(table.NumberColumn("前20名最多能中")), p => Assert.True(p.First <= p.Second));
    }
}
