using ReformAnalytics.Database;

namespace ReformAnalytics.Tests.Database;

/// <summary>Analysis commands open an existing database; a mistyped path is refused, not turned into an empty database.</summary>
public sealed class ReformDatabaseTests
{
    [Fact]
    public async Task OpenExistingForWrite_NoDatabaseThere_RefusesInWords_CreatesNothing()
    {
        var path = Path.Combine(Path.GetTempPath(), "reform-missing-" + Guid.NewGuid().ToString("N") + ".duckdb");

        var e = await Assert.ThrowsAsync<FileNotFoundException>(() => ReformDatabase.OpenExistingForWriteAsync(path, CancellationToken.None));

        Assert.Equal($"找不到数据库文件“{path}”。请先运行 reform ingest 或 reform demo。", e.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task OpenExistingForWrite_AfterIngestCreatedIt_OpensWithTheTables()
    {
        var path = Path.Combine(Path.GetTempPath(), "reform-existing-" + Guid.NewGuid().ToString("N") + ".duckdb");
        try
        {
            await (await ReformDatabase.OpenForWriteAsync(path, CancellationToken.None)).DisposeAsync();

            await using var connection = await ReformDatabase.OpenExistingForWriteAsync(path, CancellationToken.None);

            Assert.Equal(0L, await ReformDatabase.ScalarAsync<long>(connection, "SELECT count(*) FROM snapshots", CancellationToken.None));
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".wal");
        }
    }
}
