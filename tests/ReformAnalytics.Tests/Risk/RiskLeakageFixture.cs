using DuckDB.NET.Data;
using ReformAnalytics.Metrics;
using ReformAnalytics.Tests.Metrics;

namespace ReformAnalytics.Tests.Risk;

/// <summary>
/// Three databases of <see cref="RiskHistory"/>: up to D = 2024-05 only (R4 has settled late and R3 on time by then); the whole year; and the whole year with
/// snapshots after D added (a new task) and edited (figures, statuses, a deadline, a leader, a missing return).
/// </summary>
public sealed class RiskLeakageFixture : IAsyncLifetime
{
    public const string D = "2024-05-01";

    // R7: a task of R2's and R3's unit (县财政局) and leader (李四) that enters the ledger in June, due in July and late:
    // after D it adds a settlement (late) to its unit's and its leader's record and a task to the leader's load.
    private static readonly RiskTask Late = new("R7", "六月新增的改革任务", "县财政局", "李四", "2024-07-31", "month", ["-", "-", "-", "-", "-", "10", "20", "30", "40", "50", "60", "70"]);

    public DuckDBConnection UpToD { get; private set; } = null!;

    public DuckDBConnection Full { get; private set; } = null!;

    public DuckDBConnection Changed { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        UpToD = await RiskHistory.OpenAsync(5);
        Full = await RiskHistory.OpenAsync(12);
        Changed = await RiskHistory.OpenAsync(12);
        await RiskHistory.InsertAsync(Changed, [Late], 6, 12);
        await MetricsDatabase.ExecuteAsync(Changed, $"""
            UPDATE snapshots SET progress_pct = 30, progress_text = '已改写：协调难度大' WHERE task_id = 'R6' AND report_month > DATE '{D}';
            UPDATE snapshots SET leader = '王五', lead_unit = '县教育局' WHERE task_id = 'R6' AND report_month > DATE '{D}';
            UPDATE snapshots SET progress_pct = 100, status = 'completed' WHERE task_id = 'R2' AND report_month > DATE '{D}';
            UPDATE snapshots SET progress_pct = 40, status = 'behind' WHERE task_id IN ('R1', 'R3') AND report_month > DATE '{D}';
            UPDATE snapshots SET deadline = DATE '2024-08-31', deadline_text = '8月底前' WHERE task_id = 'R4' AND report_month > DATE '{D}';
            DELETE FROM snapshots WHERE task_id = 'R1' AND report_month = DATE '2024-07-01';
            """);
        await MetricViews.RefreshAsync(Changed, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await UpToD.DisposeAsync();
        await Full.DisposeAsync();
        await Changed.DisposeAsync();
    }
}
