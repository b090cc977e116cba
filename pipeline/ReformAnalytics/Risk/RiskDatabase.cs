using DuckDB.NET.Data;
using ReformAnalytics.Model;

namespace ReformAnalytics.Risk;

/// <summary>Opens an ingested database for the risk stage and reads the months it holds.</summary>
internal static class RiskDatabase
{
    /// <summary>The open connection with the metric and risk definitions installed, or null and why not (Chinese).</summary>
    public static async Task<(DuckDBConnection? Connection, string? Message)> OpenAsync(string databasePath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        if (!File.Exists(databasePath))
        {
            return (null, $"找不到数据库文件：{databasePath}。请先导入台账（reform ingest）或运行 reform demo。");
        }

        var connection = new DuckDBConnection("DataSource=" + databasePath);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (!await Metrics.MetricViews.TableExistsAsync(connection, "snapshots", cancellationToken).ConfigureAwait(false))
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                return (null, $"数据库 {databasePath} 中没有台账快照表（snapshots）：请先导入台账（reform ingest）。");
            }

            await RiskViews.InstallAsync(connection, cancellationToken).ConfigureAwait(false);
            return (connection, null);
        }
        catch (DuckDBException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            return (null, $"无法打开数据库 {databasePath}：{e.Message}");
        }
    }

    /// <summary>The first and last report months with snapshots (null when there are none).</summary>
    public static async Task<(ReportMonth First, ReportMonth Last)?> MonthRangeAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT min(report_month), max(report_month) FROM snapshots";
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false) || reader.IsDBNull(0))
        {
            return null;
        }

        return (ReportMonth.Of(reader.GetFieldValue<DateOnly>(0)), ReportMonth.Of(reader.GetFieldValue<DateOnly>(1)));
    }
}
