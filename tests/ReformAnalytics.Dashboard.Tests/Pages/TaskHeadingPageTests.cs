using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// A sub-task's heading (snapshots.task_heading) on its task page, so that a 制定实施方案 says whose it is; a task under
/// no heading shows no such line. The page's title names a sub-task as every list does, heading › name (before, the bare
/// 农村集体产权制度改革).
/// </summary>
public sealed class TaskHeadingPageTests : IAsyncLifetime
{
    private CountyVariant _county = null!;

    public async Task InitializeAsync() => _county = await CountyVariant.CreateAsync("UPDATE snapshots SET task_heading = '深化农村综合改革' WHERE task_id = 'T3'");

    public async Task DisposeAsync() => await _county.DisposeAsync();

    [Fact]
    public async Task TaskPage_ShowsTheHeadingOfASubTask_InItsTitleToo_AndNoneForATaskWithout()
    {
        using var client = _county.Factory.CreateClient();

        // T3 农村集体产权制度改革, under 深化农村综合改革 here; T1 优化营商环境改革 under no heading.
        var sub = await client.GetStringAsync("/tasks/T3");
        var plain = await client.GetStringAsync("/tasks/T1");

        Assert.Contains("上级任务", sub, StringComparison.Ordinal);
        Assert.Contains("深化农村综合改革", sub, StringComparison.Ordinal);
        Assert.DoesNotContain("上级任务", plain, StringComparison.Ordinal);
        Assert.Contains("<h1>深化农村综合改革 › 农村集体产权制度改革</h1>", sub, StringComparison.Ordinal);
        Assert.Contains("<title>深化农村综合改革 › 农村集体产权制度改革 · ", sub, StringComparison.Ordinal);
        Assert.Contains("<h1>优化营商环境改革</h1>", plain, StringComparison.Ordinal);
    }
}
