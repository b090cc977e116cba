using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// 进度偏差（天） showed a tenth of a day (−144.8): days are whole, as the risk reasons (进度比计划晚约145天) and 逾期天数
/// write them.
/// </summary>
public sealed class WholeDaysTests(DashboardFixture fixture) : IClassFixture<DashboardFixture>
{
    [Fact]
    public void Days_AreWhole_AndNoughtHasNoSign()
    {
        Assert.Equal("-145", CellText.Plain("sv_t_days", -144.8));
        Assert.Equal("-133", CellText.Plain("sv_t_days", -132.5)); // half a day away from nought, as {v:0} rounds in the risk reasons
        Assert.Equal("0", CellText.Plain("sv_t_days", -0.3));
        Assert.Equal("12", CellText.Plain("es_days", 12.4));
        Assert.Equal("12.4", CellText.Plain("lag_pp", 12.4)); // percentage points keep their decimal
    }

    [Fact]
    public async Task TaskPage_T6_ShowsScheduleVarianceInWholeDays()
    {
        using var client = fixture.Factory.CreateClient();

        var html = await client.GetStringAsync("/tasks/T6");

        // T6: S = 1 January, F = 30 June 2024 (181 days). ES = actual share × 181; SV(t) = ES − (D − S).
        // April (D − S = 120): actual 0 (未启动) → −120; May (151): 10% → 18.1 − 151 = −132.9 → −133;
        // June (181): 20% → 36.2 − 181 = −144.8 → −145.
        Assert.Equal(["-120", "-133", "-145"], HistoryColumn.Of(html, "sv_t_days"));
    }
}
