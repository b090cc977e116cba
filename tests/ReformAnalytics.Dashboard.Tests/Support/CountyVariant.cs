using ReformAnalytics.Database;

namespace ReformAnalytics.Dashboard.Tests.Support;

/// <summary>
/// The fixture county changed by a test's own SQL (run after the county is written), and a dashboard over it:
/// for the tests of one variation, each with a database of its own.
/// </summary>
public sealed class CountyVariant : IAsyncDisposable
{
    private readonly TempFolder _folder = new();

    private CountyVariant()
    {
    }

    public DashboardFactory Factory { get; private set; } = null!;

    public static async Task<CountyVariant> CreateAsync(string sql)
    {
        var variant = new CountyVariant();
        var path = variant._folder.File("county.duckdb");
        await FixtureCounty.CreateAsync(path);
        await using (var connection = await ReformDatabase.OpenForWriteAsync(path, CancellationToken.None))
        {
            await ReformDatabase.ExecuteAsync(connection, sql, CancellationToken.None);
            await ReformDatabase.ExecuteAsync(connection, "CHECKPOINT", CancellationToken.None);
        }

        variant.Factory = new DashboardFactory(path, variant._folder.Path);
        return variant;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        _folder.Dispose();
    }
}
