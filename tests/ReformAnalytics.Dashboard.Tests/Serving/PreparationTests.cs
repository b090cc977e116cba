using ReformAnalytics.Dashboard.Tests.Support;
using ReformAnalytics.Database;

namespace ReformAnalytics.Dashboard.Tests.Serving;

/// <summary>A copy whose metric views cannot be installed is still served, saying so, rather than not at all.</summary>
public sealed class PreparationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Copy_MetricsCannotBeInstalled_ServedWithANotice()
    {
        var path = _folder.File("county.duckdb");
        await FixtureCounty.CreateAsync(path);
        await using (var connection = await ReformDatabase.OpenForWriteAsync(path, CancellationToken.None))
        {
            // A table where the metrics put a view: CREATE OR REPLACE VIEW task_status_live fails.
            await ReformDatabase.ExecuteAsync(connection, "CREATE TABLE task_status_live (x INTEGER)", CancellationToken.None);
        }

        await using var factory = new DashboardFactory(path, _folder.Path);
        using var client = factory.CreateClient();
        var overview = await client.GetStringAsync("/");
        var task = await client.GetStringAsync("/tasks/T1");

        Assert.Contains("统计指标没有生成成功", overview, StringComparison.Ordinal);
        Assert.Contains("尚未生成", overview, StringComparison.Ordinal);
        Assert.Contains("优化营商环境改革", task, StringComparison.Ordinal);
    }
}
