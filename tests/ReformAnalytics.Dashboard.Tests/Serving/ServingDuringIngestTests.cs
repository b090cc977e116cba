using Microsoft.Extensions.Logging.Abstractions;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Tests.Support;
using ReformAnalytics.Database;

namespace ReformAnalytics.Dashboard.Tests.Serving;

/// <summary>
/// While another process writes the database (as `reform ingest` does, holding DuckDB's write lock), the
/// dashboard keeps serving the last complete copy; when the writer has finished, the new data appears.
/// </summary>
public sealed class ServingDuringIngestTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Database => _folder.File("county.duckdb");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Dashboard_WhileAnotherProcessWrites_ServesOldData_ThenNewDataAfterItFinishes()
    {
        await FixtureCounty.CreateAsync(Database, ["2024-04", "2024-05"]);
        await using var factory = new DashboardFactory(Database, _folder.Path);
        using var client = factory.CreateClient();
        Assert.Contains("数据截至<b>2024年5月</b>", await client.GetStringAsync("/"), StringComparison.Ordinal);

        await using var writer = await WriterProcess.StartAsync(Database);
        foreach (var insert in FixtureCounty.InsertStatements(["2024-06"]))
        {
            await writer.ExecuteAsync(insert);
        }

        Assert.Equal(RefreshOutcome.WriterActive, await factory.Mirror.RefreshAsync(CancellationToken.None));
        var during = await client.GetStringAsync("/tasks");
        Assert.Contains("数据截至<b>2024年5月</b>", during, StringComparison.Ordinal);
        Assert.Contains("数据库正在入库", during, StringComparison.Ordinal);
        Assert.Contains("第1版数据", during, StringComparison.Ordinal);
        var cachedOverview = await client.GetStringAsync("/");
        Assert.Contains("数据库正在入库", cachedOverview, StringComparison.Ordinal); // a page built before still gets the new status line

        await writer.FinishAsync();
        Assert.Equal(RefreshOutcome.Updated, await factory.Mirror.RefreshAsync(CancellationToken.None));
        var after = await client.GetStringAsync("/tasks");
        Assert.Contains("数据截至<b>2024年6月</b>", after, StringComparison.Ordinal);
        Assert.Contains("第2版数据", after, StringComparison.Ordinal);
        Assert.DoesNotContain("数据库正在入库", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriterProbe_SeesTheLockOfAnotherProcess_OnlyWhileItIsHeld()
    {
        await FixtureCounty.CreateAsync(Database, ["2024-04"]);
        Assert.False(await WriterProbe.IsWriterActiveAsync(Database, CancellationToken.None));

        await using var writer = await WriterProcess.StartAsync(Database);
        Assert.True(await WriterProbe.IsWriterActiveAsync(Database, CancellationToken.None));

        await writer.FinishAsync();
        Assert.False(await WriterProbe.IsWriterActiveAsync(Database, CancellationToken.None));
    }

    [Fact]
    public async Task Mirror_RequestHoldingTheOldCopy_FinishesOnIt_ThenTheOldCopyIsDeleted()
    {
        await FixtureCounty.CreateAsync(Database, ["2024-04"]);
        await using var mirror = NewMirror();
        Assert.Equal(RefreshOutcome.Updated, await mirror.RefreshAsync(CancellationToken.None));
        var lease = mirror.Acquire()!;
        var oldCopy = lease.Generation.FilePath;

        await AppendMonthAsync("2024-05");
        Assert.Equal(RefreshOutcome.Updated, await mirror.RefreshAsync(CancellationToken.None));

        Assert.True(File.Exists(oldCopy));
        Assert.Equal(6, await CountAsync(lease.Generation)); // April only: 6 tasks
        using (var fresh = mirror.Acquire()!)
        {
            Assert.Equal(2, fresh.Generation.Number);
            Assert.Equal(12, await CountAsync(fresh.Generation)); // April and May: 6 + 6
        }

        lease.Dispose();
        Assert.False(File.Exists(oldCopy));
    }

    [Fact]
    public async Task Mirror_FileUnchanged_KeepsTheSameCopy()
    {
        await FixtureCounty.CreateAsync(Database, ["2024-04"]);
        await using var mirror = NewMirror();

        Assert.Equal(RefreshOutcome.Updated, await mirror.RefreshAsync(CancellationToken.None));
        Assert.Equal(RefreshOutcome.Unchanged, await mirror.RefreshAsync(CancellationToken.None));
        Assert.Equal(1, mirror.Current!.Number);
    }

    [Fact]
    public async Task Mirror_FileReplacedByARebuild_PicksUpTheNewFile()
    {
        await FixtureCounty.CreateAsync(Database, ["2024-04"]);
        await using var mirror = NewMirror();
        await mirror.RefreshAsync(CancellationToken.None);

        var rebuilt = _folder.File("county.duckdb.rebuild");
        await FixtureCounty.CreateAsync(rebuilt);
        File.Move(rebuilt, Database, overwrite: true);

        Assert.Equal(RefreshOutcome.Updated, await mirror.RefreshAsync(CancellationToken.None));
        Assert.Equal(17, await CountAsync(mirror.Current!));
    }

    [Fact]
    public async Task Mirror_FileRemoved_KeepsServingTheLastCopy()
    {
        await FixtureCounty.CreateAsync(Database, ["2024-04"]);
        await using var mirror = NewMirror();
        await mirror.RefreshAsync(CancellationToken.None);

        File.Delete(Database);

        Assert.Equal(RefreshOutcome.Missing, await mirror.RefreshAsync(CancellationToken.None));
        Assert.Equal(6, await CountAsync(mirror.Current!));
    }

    private DatabaseMirror NewMirror() => new(Database, _folder.File("work"), TimeProvider.System, NullLogger.Instance);

    private async Task AppendMonthAsync(string month)
    {
        await using var connection = await ReformDatabase.OpenForWriteAsync(Database, CancellationToken.None);
        foreach (var insert in FixtureCounty.InsertStatements([month]))
        {
            await ReformDatabase.ExecuteAsync(connection, insert, CancellationToken.None);
        }
    }

    private static async Task<long> CountAsync(DataGeneration generation)
    {
        await using var connection = await generation.OpenConnectionAsync(CancellationToken.None);
        return await ReformDatabase.ScalarAsync<long>(connection, "SELECT count(*) FROM snapshots", CancellationToken.None);
    }
}
