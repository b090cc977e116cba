using ReformAnalytics.Dashboard.Tests.Support;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The list pages and task links name a sub-task with its heading (task_heading), smaller, before its name, in the one
/// linked cell: 推进健康县城建设 › 深化医药卫生体制改革 (T2, overdue in June), 深化放管服改革 › 优化营商环境改革 (T1, completed
/// in June), 建设数字县城 › 数字政府建设 (T5, June's return missing). T3 has no heading and reads as before. Before, only
/// the task page showed the heading.
/// </summary>
public sealed class TaskHeadingListPagesTests : IAsyncLifetime
{
    private const string Health = "<span class=\"task-heading\">推进健康县城建设 › </span>深化医药卫生体制改革";

    private CountyVariant _county = null!;

    public async Task InitializeAsync() => _county = await CountyVariant.CreateAsync("""
        UPDATE snapshots SET task_heading = '推进健康县城建设' WHERE task_id = 'T2';
        UPDATE snapshots SET task_heading = '深化放管服改革' WHERE task_id = 'T1';
        UPDATE snapshots SET task_heading = '建设数字县城' WHERE task_id = 'T5';
        CREATE TABLE risk_flags (as_of DATE, task_id VARCHAR, probability DOUBLE, rank INTEGER, reasons VARCHAR[], horizon_months INTEGER);
        INSERT INTO risk_flags VALUES (DATE '2024-06-30', 'T2', 0.8, 1, ['已逾期'], 3);
        """);

    public async Task DisposeAsync() => await _county.DisposeAsync();

    [Theory]
    [InlineData("/negative?month=2024-06", Health)]
    [InlineData("/results?month=2024-06", "<span class=\"task-heading\">深化放管服改革 › </span>优化营商环境改革")]
    [InlineData("/discipline?month=2024-06", "<span class=\"task-heading\">建设数字县城 › </span>数字政府建设")]
    [InlineData("/tasks?month=2024-06", Health)]
    [InlineData("/units/%E5%8E%BF%E5%8D%AB%E5%81%A5%E5%B1%80?month=2024-06", Health)]
    [InlineData("/risks", Health)]
    public async Task ListPage_ShowsTheHeadingInTheTasksCell_NotAsAColumnOfItsOwn(string page, string cell)
    {
        using var client = _county.Factory.CreateClient();

        var html = await client.GetStringAsync(page);

        Assert.Contains(cell, html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-column=\"task_heading\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskList_TaskUnderNoHeading_ReadsAsBefore_AndASearchFindsASubTaskByItsHeading()
    {
        using var client = _county.Factory.CreateClient();

        var all = await client.GetStringAsync("/tasks?month=2024-06");
        var found = await client.GetStringAsync("/tasks?month=2024-06&q=" + Uri.EscapeDataString("健康县城"));

        Assert.Contains(">农村集体产权制度改革</a>", all, StringComparison.Ordinal);
        Assert.Contains(Health, found, StringComparison.Ordinal);
        Assert.DoesNotContain("农村集体产权制度改革", found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SqlPage_ShowsTheHeadingAsTheQuerysOwnColumn()
    {
        using var client = _county.Factory.CreateClient();

        using var form = new FormUrlEncodedContent([new("q", "SELECT task_heading, task_name FROM tasks WHERE task_id = 'T2'")]);
        using var response = await client.PostAsync("/sql", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("data-column=\"task_heading\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("task-heading", html, StringComparison.Ordinal);
    }
}
