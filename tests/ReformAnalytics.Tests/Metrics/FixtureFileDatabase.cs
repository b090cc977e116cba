namespace ReformAnalytics.Tests.Metrics;

/// <summary><see cref="MetricsFixture"/>'s snapshots in a database file in a temporary folder (for the command runners).</summary>
public sealed class FixtureFileDatabase : IAsyncLifetime
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "reform-metrics-" + Guid.NewGuid().ToString("N"));

    public string DbPath => Path.Combine(Folder, "reform.duckdb");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        using var connection = await MetricsDatabase.OpenAsync(DbPath);
        await MetricsDatabase.ExecuteAsync(connection, MetricsFixture.InsertSnapshots);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
