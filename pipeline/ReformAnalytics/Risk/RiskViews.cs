using DuckDB.NET.Data;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Risk;

/// <summary>
/// Installs the risk definitions (the <c>.sql</c> files of this folder) over the metric tables: the view
/// risk_features and the table macros risk_labels(horizon) and risk_examples(horizon, include_red).
/// </summary>
public static class RiskViews
{
    private static readonly string[] Files = ["risk_features.sql", "risk_labels.sql", "risk_examples.sql"];

    /// <summary>Installs (and if stale rebuilds) the metric tables, then the risk definitions.</summary>
    public static async Task InstallAsync(DuckDBConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await MetricViews.InstallAsync(connection, cancellationToken).ConfigureAwait(false);
        foreach (var file in Files)
        {
            await ReformDatabase.ExecuteAsync(connection, SqlResources.Load("Risk/" + file), cancellationToken).ConfigureAwait(false);
        }
    }
}
