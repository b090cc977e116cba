using System.Net;
using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// A column with the same value on every row of a page says nothing and takes width from the task names: the quarter on
/// the quarter's 成果清单, the month on the month's 报送情况, the ledger, group or unit the filter chose. The downloads keep them.
/// </summary>
public sealed class ConstantColumnTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public async Task Results_QuarterList_HasNoQuarterColumn()
    {
        var html = await GetAsync("/results?month=2024-06");

        Assert.Contains("优化营商环境改革", html, StringComparison.Ordinal); // T1, completed in June: the one result of 2024 Q2
        Assert.DoesNotContain("data-column=\"completed_quarter\"", html, StringComparison.Ordinal);
        Assert.Contains("data-column=\"completed_month\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_Download_KeepsTheQuarter_InChinese()
    {
        var csv = await GetAsync("/results?month=2024-06&format=csv");

        Assert.Contains("完成季度", csv, StringComparison.Ordinal);
        Assert.Contains("2024年第2季度", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("2024Q2", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discipline_MonthList_HasNoMonthColumn()
    {
        var html = await GetAsync("/discipline?month=2024-06");

        Assert.Contains("data-column=\"expected_returns\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-column=\"report_month\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DoubleHalf_OutsideJune_NoVerdictColumn_CalendarShareSaidOnce()
    {
        var html = await GetAsync("/double-half?month=2024-05");

        // 31 May 2024: 151 days after 1 January, of 365 (2024 is a leap year) -> 41.4%.
        Assert.Contains("全年时间进度（按日历计）41.4%，仅供参考", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-column=\"year_time_pct\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-column=\"reached\"", html, StringComparison.Ordinal); // May is not the mid-year check
    }

    [Fact]
    public async Task DoubleHalf_InJune_KeepsTheVerdict()
    {
        var html = await GetAsync("/double-half?month=2024-06");

        Assert.Contains("全年时间进度（按日历计）49.6%", html, StringComparison.Ordinal); // 181 / 365
        Assert.Contains("data-column=\"reached\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-column=\"year_time_pct\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ranking_EveryUnitReported_NoEmptyNoteColumn()
    {
        // Every task was returned in May (T5 is missing only in June): no unit is ranked on carried figures.
        var may = await GetAsync("/ranking?month=2024-05");
        var june = await GetAsync("/ranking?month=2024-06");

        Assert.DoesNotContain("data-column=\"figures_note\"", may, StringComparison.Ordinal);
        Assert.Contains("data-column=\"figures_note\"", june, StringComparison.Ordinal); // 县发改委 left T5 out
    }

    [Theory]
    [InlineData("/tasks?month=2024-06&ledger=local_pilot", "ledger")]
    [InlineData("/negative?month=2024-06&ledger=overall", "ledger")]
    [InlineData("/tasks?month=2024-06&group=%E7%BB%8F%E6%B5%8E%E4%BD%93%E5%88%B6%E6%94%B9%E9%9D%A9%E4%B8%93%E9%A1%B9%E5%B0%8F%E7%BB%84", "special_group")]
    [InlineData("/negative?month=2024-06&unit=%E5%8E%BF%E5%8D%AB%E5%81%A5%E5%B1%80", "lead_unit")]
    public async Task List_FilteredToOne_DropsThatColumn(string path, string column)
    {
        var html = await GetAsync(path);

        Assert.Contains("<tbody><tr>", html, StringComparison.Ordinal); // T6; T2; T1 and T3; T2
        Assert.DoesNotContain($"data-column=\"{column}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-column=\"task_name\"", html, StringComparison.Ordinal);
    }

    private async Task<string> GetAsync(string path)
    {
        using var client = fixture.Factory.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
