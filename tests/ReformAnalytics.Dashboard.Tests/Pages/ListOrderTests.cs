using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The 负面清单 and 成果清单 pages list their rows in the order of the workbooks of <c>reform lists</c> and the report
/// (MetricQueries): rows equal on the figures the list is sorted by follow the ledger (总台账 first), and a group's
/// completed tasks follow their lead unit, not the task's identifier (a hash, in no order the office knows).
/// </summary>
public sealed class ListOrderTests : IAsyncLifetime
{
    private CountyVariant _county = null!;

    // A7: T2's twin in the 上级部署试点台账 (deadline 2024年3月31日, 60% in June: overdue 91 days, lag 40, as T2), its
    // identifier before T2's. T9: T1's twin led by 县农业农村局 (completed in June like T1), its identifier after T1's.
    public async Task InitializeAsync() => _county = await CountyVariant.CreateAsync("""
        INSERT INTO snapshots SELECT * REPLACE ('assigned_pilot' AS ledger, 'A7' AS task_id, '承接省级医共体建设试点' AS task_name)
            FROM snapshots WHERE task_id = 'T2';
        INSERT INTO snapshots SELECT * REPLACE ('T9' AS task_id, '深化投资审批制度改革' AS task_name, '县农业农村局' AS lead_unit)
            FROM snapshots WHERE task_id = 'T1';
        """);

    public async Task DisposeAsync() => await _county.DisposeAsync();

    [Fact]
    public async Task Negative_EqualDaysAndLag_OverallLedgerBeforeThePilot()
    {
        var html = await GetAsync("/negative?month=2024-06");

        // T2 (总台账) and A7 (上级部署试点台账): both 91 days overdue and 40 points behind; the ledgers' order decides.
        var t2 = html.IndexOf("深化医药卫生体制改革", StringComparison.Ordinal);
        var a7 = html.IndexOf("承接省级医共体建设试点", StringComparison.Ordinal);
        Assert.True(t2 > 0 && a7 > t2, $"T2 at {t2}, A7 at {a7}");
    }

    [Fact]
    public async Task Results_SameMonthLedgerAndGroup_ByLeadUnit()
    {
        var html = await GetAsync("/results?month=2024-06");

        // Both completed in June, 总台账, 经济体制改革专项小组: 县农业农村局 (农 U+519C) before 县发改委 (发 U+53D1), as the workbook.
        var t9 = html.IndexOf("深化投资审批制度改革", StringComparison.Ordinal);
        var t1 = html.IndexOf("优化营商环境改革", StringComparison.Ordinal);
        Assert.True(t9 > 0 && t1 > t9, $"T9 at {t9}, T1 at {t1}");
    }

    private async Task<string> GetAsync(string path)
    {
        using var client = _county.Factory.CreateClient();
        return await client.GetStringAsync(path);
    }
}
