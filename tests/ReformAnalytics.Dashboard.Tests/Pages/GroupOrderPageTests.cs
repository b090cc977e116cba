using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The fixture county with its overall ledger's sections in the order 一、经济 (T1 row 6, T3 row 8, T5 row 10), 二、社会事业
/// (T2 row 22), 三、生态文明 (T4 row 34), one file a month: by code point (生 U+751F &lt; 社 U+793E &lt; 经 U+7ECF) the
/// groups came the other way round. The group filter, the task list and its download follow the ledger.
/// </summary>
public sealed class GroupOrderPageTests : IAsyncLifetime
{
    private CountyVariant _county = null!;

    public async Task InitializeAsync() => _county = await CountyVariant.CreateAsync("""
        UPDATE snapshots SET source_row = CAST(substr(task_id, 2) AS INTEGER)
            + CASE special_group WHEN '经济体制改革专项小组' THEN 5 WHEN '社会事业改革专项小组' THEN 20 ELSE 30 END
        """);

    public async Task DisposeAsync() => await _county.DisposeAsync();

    [Fact]
    public async Task GroupFilter_ListsTheGroupsAsTheLedgerDoes()
    {
        using var client = _county.Factory.CreateClient();

        var html = await client.GetStringAsync("/tasks?month=2024-06");

        Assert.True(Before(html, "<option value=\"经济体制改革专项小组\"", "<option value=\"社会事业改革专项小组\""));
        Assert.True(Before(html, "<option value=\"社会事业改革专项小组\"", "<option value=\"生态文明体制改革专项小组\""));
    }

    [Fact]
    public async Task TaskList_OverallLedger_GroupsInTheLedgersOrder()
    {
        using var client = _county.Factory.CreateClient();

        var html = await client.GetStringAsync("/tasks?month=2024-06");
        var csv = await client.GetStringAsync("/tasks?month=2024-06&format=csv");

        // June, overall: 经济 T1 (优化营商环境改革), T3; 社会事业 T2 (深化医药卫生体制改革); 生态文明 T4 (生态环境监管体制改革).
        foreach (var page in new[] { html, csv })
        {
            Assert.True(Before(page, "优化营商环境改革", "深化医药卫生体制改革"));
            Assert.True(Before(page, "深化医药卫生体制改革", "生态环境监管体制改革"));
        }
    }

    [Fact]
    public async Task TaskList_LedgersInTheOfficesOrder_OverallBeforeThePilots()
    {
        using var client = _county.Factory.CreateClient();

        var html = await client.GetStringAsync("/tasks?month=2024-06");
        var csv = await client.GetStringAsync("/tasks?month=2024-06&format=csv");

        // T4 (生态环境监管体制改革) is the overall ledger's last task, T6 (乡镇综合行政执法改革试点) the local pilot's only one:
        // by identifier local_pilot came before overall.
        foreach (var page in new[] { html, csv })
        {
            Assert.True(Before(page, "生态环境监管体制改革", "乡镇综合行政执法改革试点"));
        }
    }

    private static bool Before(string text, string first, string second)
    {
        var a = text.IndexOf(first, StringComparison.Ordinal);
        var b = text.IndexOf(second, StringComparison.Ordinal);
        Assert.True(a >= 0, first);
        Assert.True(b >= 0, second);
        return a < b;
    }
}
