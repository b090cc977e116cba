using ReformAnalytics.Dashboard.Pages;
using ReformAnalytics.Dashboard.Tests.Support;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// The 红黑榜 page states the weights in force, read from metric_settings, not the defaults written in its text: the
/// fixture county with its views installed and then the settings edited by hand (as docs/metrics.md allows: edit,
/// then refresh) to 50/20/20/10.
/// </summary>
public sealed class RankingWeightsTests
{
    [Fact]
    public async Task RankingPage_StatesTheWeightsInForce()
    {
        using var folder = new TempFolder();
        var path = folder.File("county.duckdb");
        await FixtureCounty.CreateAsync(path);
        await using (var connection = await ReformDatabase.OpenForWriteAsync(path, CancellationToken.None))
        {
            await MetricViews.InstallAsync(connection, CancellationToken.None);
            await ReformDatabase.ExecuteAsync(
                connection,
                """
                CREATE OR REPLACE VIEW metric_settings AS
                SELECT 10.0 AS amber_lag_pp, 25.0 AS red_lag_pp, 2 AS stalled_min_months, 0.50 AS weight_on_time, 0.20 AS weight_lag,
                       0.20 AS weight_overdue, 0.10 AS weight_discipline, 0.20 AS board_share
                """,
                CancellationToken.None);
            await MetricViews.RefreshAsync(connection, CancellationToken.None);
            await ReformDatabase.ExecuteAsync(connection, "CHECKPOINT", CancellationToken.None);
        }

        await using var factory = new DashboardFactory(path, folder.Path);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/ranking?month=2024-06");

        // 0.50, 0.20, 0.20, 0.10 in the order 按期完成、进度、逾期、报送, as percentages.
        Assert.Contains("权重由改革办在指标设置中确定，现行依次为50%、20%、20%、10%）", html, StringComparison.Ordinal);
        Assert.DoesNotContain("默认依次为", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RankingLead_TheDefaultSettings_ReadAsTheOfficeWroteThem()
    {
        // settings.sql: 0.40, 0.25, 0.20, 0.15.
        Assert.Contains("现行依次为40%、25%、20%、15%）", ListSpecs.RankingLead([0.40, 0.25, 0.20, 0.15]), StringComparison.Ordinal);
        Assert.DoesNotContain("现行", ListSpecs.RankingLead(null), StringComparison.Ordinal);
    }

    [Fact]
    public void RankingLead_NamesTheScoresAsTheTableDoes_AndSaysWhatADashLagMeans()
    {
        // The full table's column is 按时得分 (on_time_score in docs/schema.md); before, the lead called it 按期得分. A unit
        // with every task done (县委政法委 in the demo's December) shows “—” under 平均滞后 and 100 under 进度得分.
        var lead = ListSpecs.RankingLead(null);

        Assert.Contains("尚无到期或已完成任务的单位按时得分计满分", lead, StringComparison.Ordinal);
        Assert.DoesNotContain("按期得分", lead, StringComparison.Ordinal);
        Assert.Contains("平均滞后为“—”的单位没有尚未完成、填报了进度的有时限任务，进度得分计满分", lead, StringComparison.Ordinal);
    }
}
