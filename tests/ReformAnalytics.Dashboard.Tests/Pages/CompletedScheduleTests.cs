using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The fixture county with T1 (优化营商环境改革, due 30 June) reported 已完成 in May already: on its task page 进度偏差（天）
/// stays at May's figure in June, and the page says why. Before, June read 0 (measured at 30 June, not at the completion).
/// </summary>
public sealed class CompletedScheduleTests : IAsyncLifetime
{
    private CountyVariant _county = null!;

    public async Task InitializeAsync() => _county = await CountyVariant.CreateAsync(
        "UPDATE snapshots SET progress_pct = 100, status = 'completed', status_text = '已完成' WHERE task_id = 'T1' AND report_month = DATE '2024-05-01'");

    public async Task DisposeAsync() => await _county.DisposeAsync();

    [Fact]
    public async Task TaskPage_CompletedInMay_KeepsMaysScheduleVarianceInJuneAndSaysSo()
    {
        using var client = _county.Factory.CreateClient();

        var html = await client.GetStringAsync("/tasks/T1");

        // T1: S = 1 January, F = 30 June (181 days). April (D − S = 120), 50%: ES = 90.5, SV(t) = −29.5 → −30.
        // Completed in May: ES = 181, AT = 31 May (151): SV(t) = +30, in May and in June alike (June at D: 181 − 181 = 0).
        Assert.Equal(["-30", "30", "30"], HistoryColumn.Of(html, "sv_t_days"));
        Assert.Contains("任务报告已完成后，进度偏差和进度绩效指数按完成当月的统计截止日计算", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskPage_NeverCompleted_HasNoCompletionNote()
    {
        using var client = _county.Factory.CreateClient();

        var html = await client.GetStringAsync("/tasks/T6");

        Assert.DoesNotContain("按完成当月的统计截止日计算，以后各月", html, StringComparison.Ordinal);
    }
}
