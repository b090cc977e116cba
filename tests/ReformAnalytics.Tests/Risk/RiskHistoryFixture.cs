using DuckDB.NET.Data;

namespace ReformAnalytics.Tests.Risk;

/// <summary>The whole year of <see cref="RiskHistory"/> in one in-memory database, shared by a test class.</summary>
public sealed class RiskHistoryFixture : IAsyncLifetime
{
    public DuckDBConnection Connection { get; private set; } = null!;

    public async Task InitializeAsync() => Connection = await RiskHistory.OpenAsync(12);

    public async Task DisposeAsync() => await Connection.DisposeAsync();
}
