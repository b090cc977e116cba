using DuckDB.NET.Data;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>A made-up county of 400 tasks over 18 months (seed 20240630), for cross-checks and the benchmark.</summary>
public sealed class SyntheticFixture : IAsyncLifetime
{
    public const int Seed = 20240630;

    public DuckDBConnection Connection { get; private set; } = null!;

    public long Inserted { get; private set; }

    public async Task InitializeAsync()
    {
        Connection = await MetricsDatabase.OpenAsync();
        Inserted = await SyntheticSnapshots.InsertAsync(Connection, tasks: 400, months: 18, seed: Seed, CancellationToken.None);
        await MetricViews.InstallAsync(Connection, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Connection.Dispose();
        return Task.CompletedTask;
    }
}
