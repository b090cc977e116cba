using ReformAnalytics.Database;

namespace ReformAnalytics.Tests.Reports;

/// <summary>The report fixture after the risk model has run twice: on 2024-05-31 and on 2024-06-30 (three tasks).</summary>
public sealed class RiskReportFixture : ReportFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await ReformDatabase.ExecuteAsync(Connection, """
            CREATE TABLE risk_flags (as_of DATE, task_id VARCHAR, probability DOUBLE, rank INTEGER, reasons VARCHAR[], horizon_months INTEGER);
            INSERT INTO risk_flags VALUES
                (DATE '2024-05-31', 'R2', 0.40, 1, ['旧评估'], 3),
                (DATE '2024-06-30', 'R8', 0.91, 1, ['连续3个月进度未变化', '自报序时推进但测算滞后'], 3),
                (DATE '2024-06-30', 'R2', 0.62, 2, ['滞后19.6个百分点'], 3),
                (DATE '2024-06-30', 'R3', 0.55, 3, ['已逾期'], 3);
            """, CancellationToken.None);
    }
}
