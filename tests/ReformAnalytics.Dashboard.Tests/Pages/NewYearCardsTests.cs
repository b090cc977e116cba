using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Pages;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// January opens a new ledger year with new tasks, and nothing is compared with December (docs/metrics.md): the cards say
/// so. Before, they said 环比：无上月数据, as if December were missing.
/// </summary>
public sealed class NewYearCardsTests
{
    private static readonly string[] Columns = ["report_month", "tasks", "deadline_tasks", "completed", "completed_prev_month", "completion_rate_pct", "completion_rate_change_month_pp", "overdue", "overdue_prev_month"];

    [Fact]
    public void January_SaysTheNewLedgerYearIsNotComparedWithDecember()
    {
        var html = SummaryPanel.MonthCards(Table(new DateOnly(2024, 1, 1), null, null), Row(new DateOnly(2024, 1, 1), null, null));

        Assert.Contains("新年度台账，不与上年12月比较", html, StringComparison.Ordinal);
        Assert.DoesNotContain("无上月数据", html, StringComparison.Ordinal);
    }

    [Fact]
    public void February_ComparesWithJanuary()
    {
        var html = SummaryPanel.MonthCards(Table(new DateOnly(2024, 2, 1), 1, 5), Row(new DateOnly(2024, 2, 1), 1, 5));

        Assert.Contains("环比+5个百分点", html, StringComparison.Ordinal);
        Assert.DoesNotContain("新年度台账", html, StringComparison.Ordinal);
    }

    private static ResultTable Table(DateOnly month, int? completedBefore, double? change) =>
        new(Columns, [.. Columns.Select(_ => "VARCHAR")], [Row(month, completedBefore, change)], false);

    private static object?[] Row(DateOnly month, int? completedBefore, double? change) =>
        [month, 10L, 10L, 2L, completedBefore is { } c ? (long)c : null, 20.0, change, 0L, completedBefore is null ? null : 0L];
}
