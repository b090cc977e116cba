using DuckDB.NET.Data;
using ReformAnalytics.Model;

namespace ReformAnalytics.Risk;

/// <summary>
/// `reform risk train`: trains the risk model on everything known at the status date (default: the last report
/// month) and saves it with its metadata (training window, features, data fingerprint, held-out measures).
/// </summary>
public static class RiskTrainer
{
    /// <param name="modelDirectory">Where risk-model.zip and risk-model.json go (see <see cref="RiskModelStore.DefaultDirectory"/>).</param>
    public static async Task<RiskTrainingResult> TrainAsync(string databasePath, ReportMonth? asOf, int horizon, string modelDirectory, CancellationToken cancellationToken)
    {
        var options = new RiskOptions { Horizon = horizon };
        options.Validate();
        var (connection, message) = await RiskDatabase.OpenAsync(databasePath, cancellationToken).ConfigureAwait(false);
        if (connection is null)
        {
            return new RiskTrainingResult(null, null, null, message);
        }

        await using (connection.ConfigureAwait(false))
        {
            return await TrainAsync(connection, asOf, modelDirectory, options, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<RiskTrainingResult> TrainAsync(DuckDBConnection connection, ReportMonth? asOf, string modelDirectory, RiskOptions? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentException.ThrowIfNullOrWhiteSpace(modelDirectory);
        options ??= new RiskOptions();
        options.Validate();
        await RiskViews.InstallAsync(connection, cancellationToken).ConfigureAwait(false);
        var (trained, message) = await RiskModelFactory.TrainAsync(connection, asOf, options, cancellationToken).ConfigureAwait(false);
        if (trained is null)
        {
            return new RiskTrainingResult(null, null, null, message);
        }

        var (model, metadata) = await RiskModelStore.SaveAsync(trained, modelDirectory, cancellationToken).ConfigureAwait(false);
        return new RiskTrainingResult(trained.Metadata, model, metadata, null);
    }
}
