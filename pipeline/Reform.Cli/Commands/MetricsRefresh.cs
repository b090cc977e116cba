using ReformAnalytics.Database;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Cli.Commands;

/// <summary>Installs the metric views and rebuilds their stored tables when the snapshots changed.</summary>
internal static class MetricsRefresh
{
    public static async Task<bool> RunAsync(string database, CancellationToken ct)
    {
        await using var connection = await ReformDatabase.OpenForWriteAsync(database, ct).ConfigureAwait(false);
        return await MetricViews.InstallAsync(connection, ct).ConfigureAwait(false);
    }
}
