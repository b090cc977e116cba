using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The overview with a ledger chosen showed its cards for that ledger, and under them the special groups and the units
/// short of 双过半 of all ledgers together (the views have no group or unit per ledger), headed as if they were the
/// ledger's own. Those headings now say 全部台账合计.
/// </summary>
public sealed class LedgerScopeTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Overview_LocalPilotLedger_SaysTheGroupAndUnitListsAreOfAllLedgers()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/?month=2024-06&ledger=local_pilot");

        // 县卫健局's one task, T2, is in the overall ledger (planned 100, actual 60): short of 双过半, and listed under the
        // local pilot ledger's figures, which is why the heading must say whose figures they are.
        var shortfall = html[html.IndexOf("未达到双过半的专项小组和单位（全部台账合计，", StringComparison.Ordinal)..];
        Assert.Contains("县卫健局", shortfall[..shortfall.IndexOf("</table>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("<h2>各专项小组（全部台账合计）</h2>", html, StringComparison.Ordinal);
        Assert.Contains("分析图表（截至6月，全部台账合计）", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_AllLedgers_HeadingsAsBefore()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/?month=2024-06");

        Assert.Contains("<h2>各专项小组</h2>", html, StringComparison.Ordinal);
        Assert.Contains("未达到双过半的专项小组和单位（", html, StringComparison.Ordinal);
        Assert.DoesNotContain("全部台账合计", html, StringComparison.Ordinal);
    }
}
