using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The fixture county with T3 (农村集体产权制度改革) led by 张县长、王副县长: the task is on both leaders' pages and
/// counts in both leaders' figures, and its leaders link one by one.
/// </summary>
public sealed class CoLedTaskPageTests : IAsyncLifetime
{
    private CountyVariant _county = null!;

    public async Task InitializeAsync() => _county = await CountyVariant.CreateAsync("UPDATE snapshots SET leader = '张县长、王副县长' WHERE task_id = 'T3'");

    public async Task DisposeAsync() => await _county.DisposeAsync();

    [Fact]
    public async Task LeaderPages_ACoLedTaskIsOnEachLeadersPage_NoPageForThePair()
    {
        using var client = _county.Factory.CreateClient();

        var wang = await client.GetStringAsync("/leaders/" + Uri.EscapeDataString("王副县长"));
        var zhang = await client.GetStringAsync("/leaders/" + Uri.EscapeDataString("张县长"));
        var list = await client.GetStringAsync("/leaders");

        // 王副县长 in June: T4 (open-ended) and T3 -> 2 tasks; 张县长: T1 and T3 (T5's June return is missing).
        Assert.Contains("农村集体产权制度改革", wang, StringComparison.Ordinal);
        Assert.Contains("生态环境监管体制改革", wang, StringComparison.Ordinal);
        Assert.Contains("农村集体产权制度改革", zhang, StringComparison.Ordinal);
        Assert.Contains("优化营商环境改革", zhang, StringComparison.Ordinal);
        Assert.DoesNotContain(Uri.EscapeDataString("张县长、王副县长"), list, StringComparison.Ordinal);
        Assert.Contains("/leaders/" + Uri.EscapeDataString("王副县长"), list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskPage_EachLeaderLinksToTheirOwnPage()
    {
        using var client = _county.Factory.CreateClient();

        var html = await client.GetStringAsync("/tasks/T3");

        Assert.Contains($"<a href=\"/leaders/{Uri.EscapeDataString("张县长")}\">张县长</a>、<a href=\"/leaders/{Uri.EscapeDataString("王副县长")}\">王副县长</a>", html, StringComparison.Ordinal);
    }
}
