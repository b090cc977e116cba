using System.Globalization;
using DuckDB.NET.Data;
using ReformAnalytics.Model;

namespace ReformAnalytics.Metrics;

/// <summary>Opens an ingest database for the metric commands, installing (and if stale rebuilding) the metric tables.</summary>
internal static class MetricDatabase
{
    /// <summary>
    /// The start of <c>reform metrics</c> and <c>reform lists</c>: the options checked (<paramref name="validate"/>
    /// throws an <see cref="ArgumentException"/> whose message is for the office) and the database opened. Null
    /// after telling <paramref name="error"/> what is wrong; the command then ends with exit code 2.
    /// </summary>
    public static async Task<DuckDBConnection?> OpenForCommandAsync(Action validate, string dbPath, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(validate);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            validate();
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync(e.Message.Split(" (Parameter", 2)[0]).ConfigureAwait(false);
            return null;
        }

        return await OpenAsync(dbPath, error, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The open connection, or null after telling <paramref name="error"/> why the file cannot be used.</summary>
    public static async Task<DuckDBConnection?> OpenAsync(string dbPath, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(dbPath))
        {
            await error.WriteLineAsync($"找不到数据库文件：{dbPath}").ConfigureAwait(false);
            return null;
        }

        var connection = new DuckDBConnection("DataSource=" + dbPath);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (!await MetricViews.TableExistsAsync(connection, "snapshots", cancellationToken).ConfigureAwait(false))
            {
                await error.WriteLineAsync($"数据库 {dbPath} 中没有台账快照表（snapshots）：请先导入台账（reform ingest）。").ConfigureAwait(false);
                await connection.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            if (await MetricViews.InstallAsync(connection, cancellationToken).ConfigureAwait(false))
            {
                await error.WriteLineAsync("快照或指标定义有变化，已重建指标表（task_status、metric_summary、reporting_discipline、unit_ranking）。").ConfigureAwait(false);
            }

            return connection;
        }
        catch (DuckDBException e)
        {
            await error.WriteLineAsync($"无法打开数据库 {dbPath}：{e.Message}").ConfigureAwait(false);
            await connection.DisposeAsync().ConfigureAwait(false);
            return null;
        }
    }

    /// <summary>为何某月没有数据：列出库中已有的月份范围。</summary>
    public static async Task<string> NoDataMessageAsync(DuckDBConnection connection, ReportMonth month, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT min(report_month), max(report_month) FROM snapshots";
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (reader.IsDBNull(0))
        {
            return "数据库中还没有任何台账快照：请先导入台账（reform ingest）。";
        }

        var first = ReportMonth.Of(reader.GetFieldValue<DateOnly>(0));
        var last = ReportMonth.Of(reader.GetFieldValue<DateOnly>(1));
        return string.Create(CultureInfo.InvariantCulture, $"数据库中没有{month.Label}的台账快照；已有月份：{first.Label}至{last.Label}。");
    }
}
