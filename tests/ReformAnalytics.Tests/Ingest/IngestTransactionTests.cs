using System.Text;
using ReformAnalytics.Database;
using ReformAnalytics.Ingest;
using ReformAnalytics.Lake;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>Idempotency, corrected re-sends, refusals and all-or-nothing under injected failures.</summary>
public sealed class IngestTransactionTests
{
    [Fact]
    public async Task Reingest_SameFiles_ChangesNothing()
    {
        using var f = new IngestFixture();
        MixedFolder.Write(f.Input);
        await f.IngestAsync();
        var lakeBefore = f.LakeFingerprint();
        var dbBefore = await f.DatabaseFingerprintAsync();

        var again = await f.IngestAsync();

        Assert.Null(again.RunId);
        Assert.All(again.Files, r => Assert.Equal(FileOutcome.Unchanged, r.Outcome));
        Assert.Equal(lakeBefore, f.LakeFingerprint());
        Assert.Equal(dbBefore, await f.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task CorrectedResend_InALaterRun_ReplacesThatLedgersMonthOnly()
    {
        using var f = new IngestFixture();
        MixedFolder.Write(f.Input);
        await f.IngestAsync();
        var overallBefore = await f.QueryAsync("SELECT string_agg(task_id || progress_pct, ',' ORDER BY task_id) FROM snapshots WHERE ledger <> 'local_pilot'");
        var correction = Path.Combine(f.Input, "2024年6月自选试点台账（更正）.csv");
        MixedFolder.WriteLocalPilotCsv(correction, progressOfFirst: "45%");

        var summary = await f.IngestAsync();

        Assert.Contains(summary.Files, r => r.Outcome == FileOutcome.Ingested && r.File == correction);
        Assert.Contains(summary.Files, r => r.Outcome == FileOutcome.Superseded && Path.GetFileName(r.File) == "2024年6月自选试点台账.csv");
        var rows = await f.QueryAsync("SELECT task_name, progress_pct, source_file FROM snapshots WHERE ledger = 'local_pilot' ORDER BY source_row");
        Assert.Equal(2, rows.Count);
        Assert.Equal(45.0, rows[0][1]);
        Assert.Equal("2024年6月自选试点台账（更正）.csv", rows[0][2]);
        Assert.Equal(overallBefore[0][0], (await f.QueryAsync("SELECT string_agg(task_id || progress_pct, ',' ORDER BY task_id) FROM snapshots WHERE ledger <> 'local_pilot'"))[0][0]);
        Assert.Equal(7L, Convert.ToInt64((await f.QueryAsync("SELECT count(*) FROM snapshots"))[0][0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("staged")]
    [InlineData("db-loaded")]
    [InlineData("lake-applied")]
    public async Task FailureMidway_LeavesLakeAndDatabaseExactlyAsBefore(string stage)
    {
        using var f = new IngestFixture();
        MixedFolder.Write(f.Input);
        await f.IngestAsync();
        var lakeBefore = f.LakeFingerprint();
        var dbBefore = await f.DatabaseFingerprintAsync();
        MixedFolder.WriteLocalPilotCsv(Path.Combine(f.Input, "2024年6月自选试点台账（更正）.csv"), progressOfFirst: "45%");
        MixedFolder.WriteAssignedPilotCsv(Path.Combine(f.Input, "2024年7月上级部署试点台账.csv"));

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => f.IngestAsync(s =>
        {
            if (s == stage)
            {
                throw new InvalidOperationException("injected failure at " + s);
            }
        }));

        Assert.Contains(stage, e.Message, StringComparison.Ordinal);
        Assert.Equal(lakeBefore, f.LakeFingerprint());
        Assert.Equal(dbBefore, await f.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task CompletedAndFailedRuns_LeaveNoStagingOrBackupFoldersInTheLake()
    {
        using var f = new IngestFixture();
        MixedFolder.Write(f.Input);
        await f.IngestAsync();
        MixedFolder.WriteLocalPilotCsv(Path.Combine(f.Input, "2024年6月自选试点台账（更正）.csv"), progressOfFirst: "45%");
        await Assert.ThrowsAsync<InvalidOperationException>(() => f.IngestAsync(s => throw new InvalidOperationException("injected failure at " + s)));

        // The lake root holds only the three tables' folders: snapshots, ingest_log, ingest_issues.
        Assert.Equal(["ingest_issues", "ingest_log", "snapshots"], Directory.EnumerateFileSystemEntries(f.Lake).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task InterruptedCommit_IsUndoneOnTheNextRun_AndTheDatabaseRebuilt()
    {
        using var f = new IngestFixture();
        MixedFolder.Write(f.Input);
        await f.IngestAsync();
        var dbBefore = await f.DatabaseFingerprintAsync();
        // Simulate a crash after the June local-pilot partition was moved aside: a journal, a backup, no target.
        var layout = new LakeLayout(f.Lake);
        var rel = LakeLayout.SnapshotPartition(Model.Ledger.LocalPilot, new Model.ReportMonth(2024, 6));
        var backup = Path.Combine(layout.BackupRoot, "r999999", rel);
        Directory.CreateDirectory(Path.GetDirectoryName(backup)!);
        Directory.Move(Path.Combine(f.Lake, rel), backup);
        File.WriteAllText(layout.JournalPath, $$"""{"RunId":"r999999","Partitions":["{{rel.Replace("\\", "/", StringComparison.Ordinal)}}"]}""");

        var again = await f.IngestAsync();

        Assert.Null(again.RunId);
        Assert.False(File.Exists(layout.JournalPath));
        Assert.True(Directory.Exists(Path.Combine(f.Lake, rel)));
        Assert.Equal(dbBefore, await f.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task RefusedFile_StoresNothingOfTheRun_AndNamesTheFile()
    {
        using var f = new IngestFixture();
        MixedFolder.Write(f.Input);
        MixedFolder.WriteMeetingNotice(Path.Combine(f.Input, "关于召开推进会的通知.csv"));

        var summary = await f.IngestAsync();

        Assert.True(summary.Refused);
        var refused = Assert.Single(summary.Files, r => r.Outcome == FileOutcome.Refused);
        Assert.Equal("关于召开推进会的通知.csv", Path.GetFileName(refused.File));
        Assert.Contains("关于召开推进会的通知.csv", refused.Message, StringComparison.Ordinal);
        Assert.False(new LakeLayout(f.Lake).HasAnySnapshots());
        Assert.Equal("(no database)", await f.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task FileWhoseLedgerCannotBeTold_IsRefusedWithHowToNameIt()
    {
        using var f = new IngestFixture();
        MixedFolder.WriteAssignedPilotCsv(Path.Combine(f.Input, "六月报表.csv"));

        var summary = await f.IngestAsync();

        var refused = Assert.Single(summary.Files);
        Assert.Equal(FileOutcome.Refused, refused.Outcome);
        Assert.Contains("2024年6月改革任务总台账", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LedgerAndMonthOverrides_TakeAFileWhoseNameSaysNothing()
    {
        using var f = new IngestFixture();
        MixedFolder.WriteAssignedPilotCsv(Path.Combine(f.Input, "六月报表.csv"));
        var options = new IngestOptions { DatabasePath = f.Db, LakeRoot = f.Lake, Ledger = Model.Ledger.AssignedPilot, Month = new Model.ReportMonth(2024, 6) };

        var summary = await IngestRunner.RunAsync([f.Input], options, CancellationToken.None);

        Assert.Equal(1, summary.RowsStored);
    }

    [Fact]
    public async Task Rebuild_FromTheLake_GivesTheSameTables()
    {
        using var f = new IngestFixture();
        MixedFolder.Write(f.Input);
        await f.IngestAsync();
        var before = await f.DatabaseFingerprintAsync();
        File.Delete(f.Db);

        var rows = await DatabaseRebuilder.RebuildAsync(new LakeLayout(f.Lake), f.Db, CancellationToken.None);

        Assert.Equal(7, rows);
        Assert.Equal(before, await f.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task Rebuild_ALakeWhoseFirstRunWasLoggedBeforeTheReturnUnitColumn_KeepsEveryLogRow()
    {
        // A lake written before ingest_log had return_unit: its run's log file lacks the column. The stored run's log is
        // rewritten that way, then the database is rebuilt and a run is added: every row is kept, the old one's unit NULL.
        using var f = new IngestFixture();
        MixedFolder.Write(f.Input);
        await f.IngestAsync();
        var lake = new LakeLayout(f.Lake);
        var logFile = Directory.EnumerateFiles(Path.Combine(f.Lake, "ingest_log"), "*.parquet", SearchOption.AllDirectories).Single();
        var old = logFile + ".old";
        await using (var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"COPY (SELECT * EXCLUDE (return_unit) FROM read_parquet('{logFile}', hive_partitioning = false)) TO '{old}' (FORMAT parquet)";
            await command.ExecuteNonQueryAsync();
        }

        File.Move(old, logFile, overwrite: true);
        var logged = (await f.QueryAsync("SELECT count(*) FROM ingest_log"))[0][0];
        File.Delete(f.Db);

        await DatabaseRebuilder.RebuildAsync(lake, f.Db, CancellationToken.None);
        Assert.Equal([[logged, 0L]], await f.QueryAsync("SELECT count(*), count(return_unit) FROM ingest_log"));

        File.WriteAllText(Path.Combine(f.Input, "县教育局2024年9月改革任务台账.csv"), "序号,改革任务,牵头单位,完成时限,完成进度\n1,推进D改革,县教育局,2024年12月底前,20%\n", new UTF8Encoding(false));
        await f.IngestAsync();
        File.Delete(f.Db);
        await DatabaseRebuilder.RebuildAsync(lake, f.Db, CancellationToken.None);

        Assert.Equal([["县教育局"]], await f.QueryAsync("SELECT return_unit FROM ingest_log WHERE return_unit IS NOT NULL"));
    }

    [Fact]
    public async Task ADatabaseWrittenBeforeTheReturnUnitColumn_GainsItAtTheNextIngest()
    {
        using var f = new IngestFixture();
        MixedFolder.Write(f.Input);
        await f.IngestAsync();
        await using (var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=" + f.Db))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE ingest_log DROP COLUMN return_unit";
            await command.ExecuteNonQueryAsync();
        }

        File.WriteAllText(Path.Combine(f.Input, "县教育局2024年9月改革任务台账.csv"), "序号,改革任务,牵头单位,完成时限,完成进度\n1,推进D改革,县教育局,2024年12月底前,20%\n", new UTF8Encoding(false));
        var summary = await f.IngestAsync();

        Assert.False(summary.Refused);
        Assert.Equal([["县教育局"]], await f.QueryAsync("SELECT return_unit FROM ingest_log WHERE return_unit IS NOT NULL"));
    }

    [Fact]
    public async Task Validate_AgainstADatabaseWrittenBeforeTheReturnUnitColumn_PreviewsTheChangedMonth()
    {
        // June's ledger is stored; the database is then put in the shape it had before ingest_log.return_unit (the column
        // dropped). June's file is sent again with task 2's progress changed, and checked against that database, which
        // validate opens read-only, so its schema cannot be brought up to date. By hand: the month's files differ from the
        // last run's, so each file is looked up in ingest_log as a whole ledger (an old log row names no unit): June's
        // file is checked, the run not refused, and the database left as it was. Before, the query of return_unit failed.
        using var f = new IngestFixture();
        var june = Path.Combine(f.Input, "2024年6月改革任务总台账.csv");
        const string Header = "序号,改革任务,牵头单位,完成时限,完成进度\n1,推进A改革,县发改局,2024年12月底前,40%\n";
        File.WriteAllText(june, Header + "2,推进B改革,县财政局,2024年12月底前,30%\n", new UTF8Encoding(false));
        await f.IngestAsync();
        await using (var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=" + f.Db))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE ingest_log DROP COLUMN return_unit";
            await command.ExecuteNonQueryAsync();
        }

        var before = await f.DatabaseFingerprintAsync();
        File.WriteAllText(june, Header + "2,推进B改革,县财政局,2024年12月底前,50%\n", new UTF8Encoding(false));

        var summary = await IngestRunner.RunAsync([f.Input], new IngestOptions { DatabasePath = f.Db, DryRun = true }, CancellationToken.None);

        Assert.False(summary.Refused);
        var report = Assert.Single(summary.Files);
        Assert.Equal((new Model.ReportMonth(2024, 6), FileOutcome.Checked), (report.Month, report.Outcome));
        Assert.Equal(before, await f.DatabaseFingerprintAsync());
        Assert.Equal([[0L]], await f.QueryAsync("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'ingest_log' AND column_name = 'return_unit'"));
    }

    [Fact]
    public async Task Validate_StoresNothing_AndReportsTheSameIssues()
    {
        using var f = new IngestFixture();
        MixedFolder.Write(f.Input);

        var summary = await IngestRunner.RunAsync([f.Input], new IngestOptions { DryRun = true }, CancellationToken.None);

        Assert.Single(summary.Issues, i => i.Severity == Model.IssueSeverity.Error);
        Assert.Equal(3, summary.Files.Count(r => r.Outcome == FileOutcome.Checked));
        Assert.False(Directory.Exists(f.Lake));
        Assert.False(File.Exists(f.Db));
    }
}
