using DuckDB.NET.Data;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;
using ReformAnalytics.Risk;

namespace ReformAnalytics.Tests.Risk;

/// <summary>risk_flags records the horizon of its probabilities; a table from before the column existed keeps working.</summary>
public sealed class RiskFlagStoreTests
{
    private const string OldShape = """
        CREATE TABLE risk_flags (as_of DATE NOT NULL, task_id VARCHAR NOT NULL, probability DOUBLE NOT NULL, rank INTEGER NOT NULL, reasons VARCHAR[] NOT NULL);
        INSERT INTO risk_flags VALUES (DATE '2024-05-31', 'T1', 0.4, 1, ['旧评估']);
        CREATE TABLE task_status (task_id VARCHAR, report_month DATE, task_name VARCHAR, lead_unit VARCHAR, task_heading VARCHAR);
        INSERT INTO task_status (task_id, report_month, task_name, lead_unit) VALUES ('T1', DATE '2024-05-01', '集体林权制度改革', '县林业局'), ('T2', DATE '2024-06-01', '医共体建设', '县卫健局'),
            ('T3', DATE '2024-06-01', '预算绩效改革', '县财政局'), ('T4', DATE '2024-06-01', '林长制改革', '县林业局');
        """;

    [Fact]
    public async Task Write_OnATableWithoutTheHorizon_AddsTheColumn_KeepsOldRowsAsUnknown()
    {
        using var connection = await OpenAsync(OldShape);

        await RiskFlagStore.WriteAsync(connection, new ReportMonth(2024, 6), 3, [Flag(1, "T2", 0.9), Flag(2, "T3", 0.5)], CancellationToken.None);

        var rows = await RowsAsync(connection, "SELECT as_of, task_id, rank, horizon_months FROM risk_flags ORDER BY as_of, rank");
        Assert.Equal(
            [
                ("2024-05-31", "T1", 1, (int?)null),
                ("2024-06-30", "T2", 1, 3),
                ("2024-06-30", "T3", 2, 3),
            ],
            rows);
    }

    [Fact]
    public async Task Write_AgainForTheSameDate_ReplacesItsRowsWithTheNewHorizon()
    {
        using var connection = await OpenAsync(string.Empty);
        var june = new ReportMonth(2024, 6);

        await RiskFlagStore.WriteAsync(connection, june, 3, [Flag(1, "T2", 0.9), Flag(2, "T3", 0.5)], CancellationToken.None);
        await RiskFlagStore.WriteAsync(connection, june, 6, [Flag(1, "T3", 0.7)], CancellationToken.None);

        var rows = await RowsAsync(connection, "SELECT as_of, task_id, rank, horizon_months FROM risk_flags ORDER BY as_of, rank");
        Assert.Equal([("2024-06-30", "T3", 1, (int?)6)], rows);
    }

    [Fact]
    public async Task ReportReader_OnATableWithoutTheHorizon_ReadsTheAssessment_HorizonUnknown()
    {
        using var connection = await OpenAsync(OldShape);

        var flags = await RiskFlagReader.ReadAsync(connection, new ReportMonth(2024, 5), 10, CancellationToken.None);

        Assert.True(flags.HasRun);
        Assert.Null(flags.HorizonMonths);
        var row = Assert.Single(flags.Top);
        Assert.Equal((1, "T1", "集体林权制度改革", "县林业局", 0.4, "旧评估"), (row.Rank, row.TaskId, row.TaskName, row.LeadUnit, row.Probability, row.Reasons));
    }

    [Fact]
    public async Task ReportReader_AfterAWrite_ReadsTheHorizon()
    {
        using var connection = await OpenAsync(OldShape);
        await RiskFlagStore.WriteAsync(connection, new ReportMonth(2024, 6), 3, [Flag(1, "T2", 0.9), Flag(2, "T3", 0.5), Flag(3, "T4", 0.49)], CancellationToken.None);

        var flags = await RiskFlagReader.ReadAsync(connection, new ReportMonth(2024, 6), 10, CancellationToken.None);

        Assert.Equal(3, flags.HorizonMonths);
        Assert.Equal(3, flags.Flagged);
        Assert.Equal(2, flags.Likely); // 0.9 and 0.5 ("50%以上" includes 50%), not 0.49
        Assert.Equal(["医共体建设", "预算绩效改革", "林长制改革"], flags.Top.Select(r => r.TaskName));
    }

    private static RiskFlag Flag(int rank, string taskId, double probability) =>
        new(rank, taskId, "overall", taskId, null, null, null, null, null, null, null, null, probability, [new RiskReason("lag_pp", "滞后")]);

    private static async Task<DuckDBConnection> OpenAsync(string sql)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync();
        if (sql.Length > 0)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }

        return connection;
    }

    private static async Task<List<(string AsOf, string TaskId, int Rank, int? Horizon)>> RowsAsync(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, int, int?)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetFieldValue<DateOnly>(0).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), reader.GetString(1), reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetInt32(3)));
        }

        return rows;
    }
}
