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
    public static async Task PrepareAsync(string copyPath, CancellationToken ct)
    {
        await using var connection = new DuckDBConnection($"DataSource={copyPath}");
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await ReformDatabase.EnsureSchemaAsync(connection, ct).ConfigureAwait(false);
        await MetricViews.InstallAsync(connection, ct).ConfigureAwait(false);
        await ReformDatabase.ExecuteAsync(connection, "CHECKPOINT", ct).ConfigureAwait(false);
    }
}
