using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// Readies a fresh private copy before it is served: folds a write-ahead log into the file, and makes sure the
/// ingest tables and the metric views exist in the form this build defines them, with the stored metric
/// tables fresh (<see cref="MetricViews.InstallAsync"/> rebuilds them when the snapshots changed), so the
/// pages never depend on whether the ingest refreshed the metrics. Runs on the copy
/// only, with a writable connection that is closed before the copy is opened read-only for requests.
/// </summary>
internal static class CopyPreparation
{
    /// <summary>Readies the copy; returns why the metric views could not be installed (Chinese), or null.</summary>
    public static async Task<string?> PrepareAsync(string copyPath, CancellationToken ct)
    {
        await using var connection = new DuckDBConnection($"DataSource={copyPath}");
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await ReformDatabase.EnsureSchemaAsync(connection, ct).ConfigureAwait(false);
        string? warning = null;
        try
        {
            await MetricViews.InstallAsync(connection, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DuckDBException or InvalidOperationException)
        {
            // The data is still worth showing: pages that need the metrics say they are not there.
            warning = "统计指标没有生成成功（" + e.Message.Split('\n', 2)[0] + "），部分页面暂无统计数字。";
        }

        await ReformDatabase.ExecuteAsync(connection, "CHECKPOINT", ct).ConfigureAwait(false);
        return warning;
    }
}
