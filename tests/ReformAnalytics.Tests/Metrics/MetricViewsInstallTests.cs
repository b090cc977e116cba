using DuckDB.NET.Data;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>Installing the definitions and keeping the stored tables in step with the snapshots (each test its own database).</summary>
public sealed class MetricViewsInstallTests
{
    private static async Task<DuckDBConnection> FixtureDatabaseAsync()
    {
        var connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(connection, MetricsFixture.InsertSnapshots);
        return connection;
    }

    [Fact]
    public async Task Install_FreshDatabase_CreatesEveryNamedRelationAndFillsTheStoredTables()
    {
        using var connection = await FixtureDatabaseAsync();

        Assert.True(await MetricViews.InstallAsync(connection, CancellationToken.None));

        foreach (var name in MetricViews.Names)
        {
            var count = await MetricsDatabase.ScalarAsync(
                connection,
                $"SELECT count(*) FROM (SELECT table_name FROM duckdb_tables() UNION ALL SELECT view_name FROM duckdb_views()) WHERE table_name = '{name}'");
            Assert.True(count is 1L, name);
        }

        Assert.Equal(31L, await MetricsDatabase.ScalarAsync(connection, "SELECT count(*) FROM task_status"));
        Assert.True(await MetricViews.IsFreshAsync(connection, CancellationToken.None));
    }

    [Fact]
    public async Task Install_NothingChanged_DoesNotRebuild()
    {
        using var connection = await FixtureDatabaseAsync();
        await MetricViews.InstallAsync(connection, CancellationToken.None);

        Assert.False(await MetricViews.InstallAsync(connection, CancellationToken.None));
    }

    [Fact]
    public async Task Install_ReopenedFile_IsStillFresh_SoReadingCommandsDoNotRewriteIt()
    {
        // The database file as reform ingest leaves it; then read-only readers (reform sql, the dashboard) and a second
        // install (reform metrics, reform report) open it again. Neither may find the tables stale: the second install
        // would rewrite the file, and the dashboard would reload its data, on every command.
        using var temp = new Support.TempFolder("reform-fresh");
        var file = temp.File("reform.duckdb");
        await using (var first = await MetricsDatabase.OpenAsync(file))
        {
            await MetricsDatabase.ExecuteAsync(first, MetricsFixture.InsertSnapshots);
            Assert.True(await MetricViews.InstallAsync(first, CancellationToken.None));
        }

        await using (var reader = new DuckDBConnection($"DataSource={file};ACCESS_MODE=READ_ONLY"))
        {
            await reader.OpenAsync();
            Assert.True(await MetricViews.IsFreshAsync(reader, CancellationToken.None));
        }

        await using var second = new DuckDBConnection("DataSource=" + file);
        await second.OpenAsync();
        Assert.False(await MetricViews.InstallAsync(second, CancellationToken.None));
    }

    [Fact]
    public async Task Install_AfterANewSnapshot_SeesTheStoredTablesStaleAndRebuildsThem()
    {
        using var connection = await FixtureDatabaseAsync();
        await MetricViews.InstallAsync(connection, CancellationToken.None);

        // July: T1 alone reports 75 %.
        await MetricsDatabase.ExecuteAsync(connection, """
            INSERT INTO snapshots BY NAME
            SELECT * REPLACE (DATE '2024-07-01' AS report_month, DATE '2024-07-31' AS status_date, 75.0 AS progress_pct)
            FROM snapshots WHERE task_id = 'T1' AND report_month = DATE '2024-06-01'
            """);
        Assert.False(await MetricViews.IsFreshAsync(connection, CancellationToken.None));

        Assert.True(await MetricViews.InstallAsync(connection, CancellationToken.None));
        Assert.True(await MetricViews.IsFreshAsync(connection, CancellationToken.None));
        // T1 as reported; T2 and T8, completed in June and not in July's ledger (closed out), carried as completed.
        Assert.Equal(3L, await MetricsDatabase.ScalarAsync(connection, "SELECT count(*) FROM task_status WHERE report_month = DATE '2024-07-01'"));
        Assert.Equal(2L, await MetricsDatabase.ScalarAsync(connection, "SELECT count(*) FROM task_status WHERE report_month = DATE '2024-07-01' AND carried AND completed"));
    }

    [Fact]
    public async Task Install_DefinitionsOfAnotherVersion_AreReplacedAndTheTablesRebuilt()
    {
        using var connection = await FixtureDatabaseAsync();
        await MetricViews.InstallAsync(connection, CancellationToken.None);

        // A database installed, and its tables built, by another version of the definitions (settings.sql edited, say).
        await MetricsDatabase.ExecuteAsync(connection, "UPDATE metric_definitions SET definitions_hash = 'other-version'; UPDATE metric_refresh SET definitions_hash = 'other-version'");

        Assert.True(await MetricViews.InstallAsync(connection, CancellationToken.None));
        Assert.Equal(MetricViews.DefinitionsHash, await MetricsDatabase.ScalarAsync(connection, "SELECT definitions_hash FROM metric_definitions"));
        Assert.True(await MetricViews.IsFreshAsync(connection, CancellationToken.None));
    }

    [Fact]
    public async Task Refresh_AfterAHandEditedThreshold_RebuildsWithIt()
    {
        using var connection = await FixtureDatabaseAsync();
        await MetricViews.InstallAsync(connection, CancellationToken.None);

        // A threshold edited by hand in the database (amber from 21 pp), then the tables rebuilt, as docs/metrics.md says.
        await MetricsDatabase.ExecuteAsync(connection, "CREATE OR REPLACE VIEW metric_settings AS SELECT * REPLACE (21.0 AS amber_lag_pp) FROM (SELECT 10.0 AS amber_lag_pp, 25.0 AS red_lag_pp, 2 AS stalled_min_months, 0.40 AS weight_on_time, 0.25 AS weight_lag, 0.20 AS weight_overdue, 0.15 AS weight_discipline, 0.20 AS board_share)");
        await MetricViews.RefreshAsync(connection, CancellationToken.None);

        // T1 June lag 20.5 < 21 -> no longer amber by lag.
        var t1 = (await TaskRow.StatusAsync(connection, "T1", "2024-06-01"))!;
        Assert.Equal("green", t1.Text("light"));
    }

    [Fact]
    public async Task Install_DatabaseFromAnEarlierVersionWithAViewOfAStoredName_ReplacesIt()
    {
        using var connection = await FixtureDatabaseAsync();
        await MetricsDatabase.ExecuteAsync(connection, "CREATE VIEW unit_ranking AS SELECT 1 AS old");

        await MetricViews.InstallAsync(connection, CancellationToken.None);

        Assert.Equal(3L, await MetricsDatabase.ScalarAsync(connection, "SELECT count(*) FROM unit_ranking WHERE report_month = DATE '2024-06-01'"));
    }

    [Fact]
    public async Task Install_DatabaseFromAnEarlierVersionWithAStoredTableOfAnotherShape_ReplacesIt()
    {
        // Before metric_definitions, metric_refresh held the hash of the views' text as a number.
        using var connection = await FixtureDatabaseAsync();
        await MetricsDatabase.ExecuteAsync(connection, "CREATE TABLE metric_refresh AS SELECT 31::BIGINT AS snapshot_rows, NULL::DATE AS last_report_month, 0::BIGINT AS ingest_log_rows, 42::UBIGINT AS definitions_hash");

        Assert.True(await MetricViews.InstallAsync(connection, CancellationToken.None));

        Assert.Equal("VARCHAR", await MetricsDatabase.ScalarAsync(connection, "SELECT data_type FROM duckdb_columns() WHERE table_name = 'metric_refresh' AND column_name = 'definitions_hash'"));
        Assert.True(await MetricViews.IsFreshAsync(connection, CancellationToken.None));
    }

    [Fact]
    public async Task Install_WithoutSnapshotsTable_FailsWithAChineseMessage()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        await connection.OpenAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => MetricViews.InstallAsync(connection, CancellationToken.None));
        Assert.Contains("snapshots", error.Message, StringComparison.Ordinal);
        Assert.Contains("请先导入台账", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_EmptySnapshots_GivesEmptyResults()
    {
        using var connection = await MetricsDatabase.OpenAsync();
        await MetricViews.InstallAsync(connection, CancellationToken.None);

        Assert.Equal(0L, await MetricsDatabase.ScalarAsync(connection, "SELECT count(*) FROM metric_summary"));
        Assert.Equal(0L, await MetricsDatabase.ScalarAsync(connection, "SELECT count(*) FROM unit_ranking"));
    }
}
