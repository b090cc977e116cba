using System.Text.RegularExpressions;
using ReformAnalytics.Dashboard.Pages;
using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>The task page's timeline says each thing once and only what the report has; an empty list says why it is empty.</summary>
public sealed class TimelineAndEmptyTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public void Source_WithoutASheet_NoEmptySeparator()
    {
        // A CSV or text return has no sheet: the line read “2024年11月上级部署试点台账.txt ·  · 第16行”.
        Assert.Equal("来源：2024年11月上级部署试点台账.txt · 第16行", TaskPage.Source("2024年11月上级部署试点台账.txt", null, 16));
        Assert.Equal("来源：2024年11月上级部署试点台账.txt · 第16行", TaskPage.Source("2024年11月上级部署试点台账.txt", " ", 16));
        Assert.Equal("来源：6月台账.xlsx · 总台账 · 第7行", TaskPage.Source("6月台账.xlsx", "总台账", 7));
        Assert.Equal("来源：6月台账.xlsx · 总台账", TaskPage.Source("6月台账.xlsx", "总台账", null));
    }

    [Fact]
    public async Task Task_Timeline_LedgerSaidOnceAboveNotOnEveryReport()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/tasks/T6");

        // T6 is reported in the local pilot ledger only (three months): the facts table says so; the timeline repeated it.
        Assert.Contains("<tr><th>台账</th><td>自选试点台账</td></tr>", html, StringComparison.Ordinal);
        Assert.Equal(0, Regex.Count(html, "<span class=\"tag\">自选试点台账</span>"));
        Assert.Contains("<div class=\"source\">来源：2024年6月改革任务台账.xlsx · 自选试点 · 第6行</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discipline_NoMissingReturns_SaysSoInsteadOfAnEmptyTable()
    {
        using var client = fixture.Factory.CreateClient();

        // May: every task in April's ledger and not completed (all six) was returned in May.
        var html = await client.GetStringAsync("/discipline?month=2024-05");

        Assert.Contains("<h2>本月漏报的任务（0）</h2>", html, StringComparison.Ordinal);
        Assert.Contains("本月没有漏报的任务", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-column=\"last_reported_month\"", html, StringComparison.Ordinal);
    }
}
