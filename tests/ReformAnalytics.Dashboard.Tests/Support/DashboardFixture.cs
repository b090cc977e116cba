namespace ReformAnalytics.Dashboard.Tests.Support;

/// <summary>One fixture county and one dashboard over it, shared by the tests of a class.</summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public DashboardFactory Factory { get; private set; } = null!;

    public string DatabasePath => _folder.File("county.duckdb");

    public async Task InitializeAsync()
    {
        await FixtureCounty.CreateAsync(DatabasePath);
        Factory = new DashboardFactory(DatabasePath, _folder.Path);
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        _folder.Dispose();
    }
}
