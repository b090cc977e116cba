using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// Units whose scores print the same (two decimals) share a rank: 县甲 reports 40% and 县乙 40.005% on one task each, due
/// 2024-12-31, in June 2024 (the only month). Planned at 30 June: 100 x 181/365 = 49.589; 县甲's lag 9.589, progress score
/// 90.411, score 40 + 0.25 x 90.411 + 20 + 15 = 97.6027; 县乙's 0.25 x 0.005 = 0.00125 more, 97.6040: both print 97.60.
/// 县丙 at 30% is 2.5 lower.
/// </summary>
public sealed class RankTieTests
{
    [Fact]
    public async Task ScoresEqualToTwoDecimals_ShareARank()
    {
        using var connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(connection, """
            INSERT INTO snapshots BY NAME
            SELECT 'overall' AS ledger, task_id, DATE '2024-06-01' AS report_month, DATE '2024-06-30' AS status_date, task_id AS task_name,
                   lead_unit, [] AS co_units, '年底前' AS deadline_text, DATE '2024-12-31' AS deadline, 'year' AS deadline_kind,
                   false AS open_ended, DATE '2024-01-01' AS planned_start, [] AS milestone_dates, [] AS milestones,
                   progress_pct, 'on_track' AS status, 'f.csv' AS source_file, '' AS source_sheet, 1 AS source_row
            FROM (VALUES ('A', '县甲', 40.0), ('B', '县乙', 40.005), ('C', '县丙', 30.0)) t(task_id, lead_unit, progress_pct);
            """);
        await MetricViews.InstallAsync(connection, CancellationToken.None);

        var ranking = (await new MetricQueries(connection).UnitRankingAsync(new ReportMonth(2024, 6), CancellationToken.None)).ToDictionary(r => r.LeadUnit);

        Assert.Equal(0.00125, ranking["县乙"].Score - ranking["县甲"].Score, 1e-9);
        Assert.Equal((1, 1, 3), (ranking["县甲"].Rank!.Value, ranking["县乙"].Rank!.Value, ranking["县丙"].Rank!.Value));
        Assert.Equal(("red", "red", "black"), (ranking["县甲"].Board, ranking["县乙"].Board, ranking["县丙"].Board));
    }
}
