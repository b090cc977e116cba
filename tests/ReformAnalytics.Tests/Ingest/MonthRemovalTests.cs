using System.Text;
using ReformAnalytics.Ingest;
using ReformAnalytics.Lake;
using ReformAnalytics.Model;
using ReformAnalytics.Tests.Cli;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// reform remove. Fixture: the overall ledger of June 2024 (县发改局 2 tasks, 县财政局 1) and of July 2024 (the same three
/// tasks, one figure moved on), and a local pilot ledger of July (县教育局, 1 task): 3 + 3 + 1 = 7 rows.
/// </summary>
public sealed class MonthRemovalTests
{
    private const string Header = "序号,改革任务,牵头单位,责任单位,责任领导,完成时限,完成情况,完成进度\n";

    private const string June = Header +
        "1,推进A改革,县发改局,县人社局,张三,2024年9月底前,序时推进,60%\n" +
        "2,推进B改革,县发改局,县人社局,张三,2024年12月底前,序时推进,40%\n" +
        "3,推进C改革,县财政局,县税务局,李四,2024年9月底前,序时推进,50%\n";

    private const string July = Header +
        "1,推进A改革,县发改局,县人社局,张三,2024年9月底前,序时推进,70%\n" +
        "2,推进B改革,县发改局,县人社局,张三,2024年12月底前,序时推进,40%\n" +
        "3,推进C改革,县财政局,县税务局,李四,2024年9月底前,序时推进,60%\n";

    private const string JulyPilot = Header + "1,开展D试点,县教育局,,王五,2024年12月底前,序时推进,30%\n";

    [Fact]
    public async Task WholeMonth_IsTakenOutOfLakeAndDatabase_LoggedAsRemoved_AndCanBeIngestedAgain()
    {
        using var f = await StoredAsync();
        var idsBefore = await f.QueryAsync("SELECT task_id FROM snapshots WHERE ledger = 'overall' AND report_month = DATE '2024-07-01' ORDER BY task_id");

        var result = await MonthRemoval.RunAsync(Request(f, Ledger.Overall), CancellationToken.None);

        var month = Assert.Single(result.Months);
        Assert.Equal((3, 3, 0), (month.Rows, month.Tasks, month.RowsKept));
        Assert.Equal("已撤回2024年7月改革任务总台账中3行（3个任务，来自“2024年7月改革任务总台账.csv”），该月不再有这本台账。", month.Describe(done: true));
        // June's 3 rows and July's pilot row stay; July's overall partition is gone from the lake.
        Assert.Equal([["overall", new DateOnly(2024, 6, 1), 3L], ["local_pilot", new DateOnly(2024, 7, 1), 1L]],
            await f.QueryAsync("SELECT ledger, report_month::DATE AS m, count(*) FROM snapshots GROUP BY ALL ORDER BY m, ledger"));
        Assert.False(Directory.Exists(Path.Combine(f.Lake, LakeLayout.SnapshotPartition(Ledger.Overall, new ReportMonth(2024, 7)))));
        Assert.True(Directory.Exists(Path.Combine(f.Lake, LakeLayout.SnapshotPartition(Ledger.Overall, new ReportMonth(2024, 6)))));
        Assert.Equal([[result.RunId, "2024年7月改革任务总台账.csv", 3, "removed", null]],
            await f.QueryAsync("SELECT run_id, file_name, rows, outcome, return_unit FROM ingest_log WHERE outcome = 'removed'"));
        Assert.False(Directory.Exists(Path.Combine(f.Lake, ".staging")) || Directory.Exists(Path.Combine(f.Lake, ".backup")) || File.Exists(Path.Combine(f.Lake, ".journal")));

        // The same file ingested again is new (the log says its rows were taken out), and gets its tasks' ids back.
        var again = await f.IngestAsync();
        Assert.Equal(
            [("2024年6月改革任务总台账.csv", FileOutcome.Unchanged), ("2024年7月改革任务总台账.csv", FileOutcome.Ingested), ("2024年7月自选试点台账.csv", FileOutcome.Unchanged)],
            again.Files.Select(r => (Path.GetFileName(r.File), r.Outcome)));
        Assert.Equal(idsBefore, await f.QueryAsync("SELECT task_id FROM snapshots WHERE ledger = 'overall' AND report_month = DATE '2024-07-01' ORDER BY task_id"));

        // And the database rebuilt from the lake holds what the database holds.
        var before = await f.DatabaseFingerprintAsync();
        await ReformAnalytics.Database.DatabaseRebuilder.RebuildAsync(new LakeLayout(f.Lake), f.Db, CancellationToken.None);
        Assert.Equal(before, await f.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task EveryLedgerOfTheMonth_WhenNoLedgerIsGiven()
    {
        using var f = await StoredAsync();

        var result = await MonthRemoval.RunAsync(Request(f, null), CancellationToken.None);

        Assert.Equal([(Ledger.Overall, 3), (Ledger.LocalPilot, 1)], result.Months.Select(m => (m.Ledger, m.Rows)));
        Assert.Equal([["overall", new DateOnly(2024, 6, 1), 3L]], await f.QueryAsync("SELECT ledger, report_month::DATE, count(*) FROM snapshots GROUP BY ALL"));
    }

    [Fact]
    public async Task OneUnitsRows_AreTakenOut_TheOtherUnitsKeptWithTheirIds_AndTheWholeFileCanBeIngestedAgain()
    {
        using var f = await StoredAsync();
        var finance = await f.QueryAsync("SELECT task_id, progress_pct, source_row FROM snapshots WHERE report_month = DATE '2024-07-01' AND lead_unit = '县财政局'");

        // 发改局 as units write their own name: the stored 县发改局.
        var result = await MonthRemoval.RunAsync(Request(f, Ledger.Overall, "发改局"), CancellationToken.None);

        var month = Assert.Single(result.Months);
        Assert.Equal("已撤回2024年7月改革任务总台账中县发改局牵头的2行（2个任务，来自“2024年7月改革任务总台账.csv”），保留其他单位的1行。", month.Describe(done: true));
        Assert.Equal(finance, await f.QueryAsync("SELECT task_id, progress_pct, source_row FROM snapshots WHERE report_month = DATE '2024-07-01' AND ledger = 'overall'"));
        Assert.Equal([["2024年7月改革任务总台账.csv", 2, "removed", "县发改局"]],
            await f.QueryAsync("SELECT file_name, rows, outcome, return_unit FROM ingest_log WHERE outcome = 'removed'"));

        // The whole ledger's file is not "stored already" any more: ingested again, July has its 3 rows back.
        var again = await f.IngestAsync();
        Assert.Contains(again.Files, r => Path.GetFileName(r.File) == "2024年7月改革任务总台账.csv" && r.Outcome == FileOutcome.Ingested);
        Assert.Equal(3L, (await f.QueryAsync("SELECT count(*) FROM snapshots WHERE ledger = 'overall' AND report_month = DATE '2024-07-01'"))[0][0]);
    }

    [Fact]
    public async Task OneUnitsReturn_UnderTheTemplatesName_OnlyThatReturnIsNewAfterwards()
    {
        // 县发改局 and 县财政局 each sent "2024年6月改革任务台账.csv" in their folder; 县发改局's is taken out.
        using var f = new IngestFixture();
        foreach (var (unit, rows) in new[] { ("县发改局", June.Split('\n')[1..3]), ("县财政局", June.Split('\n')[3..4]) })
        {
            Directory.CreateDirectory(Path.Combine(f.Input, unit));
            File.WriteAllText(Path.Combine(f.Input, unit, "2024年6月改革任务台账.csv"), Header + string.Join('\n', rows) + "\n", new UTF8Encoding(false));
        }

        Assert.Equal(3, (await f.IngestAsync()).RowsStored);
        await MonthRemoval.RunAsync(Request(f, Ledger.Overall, "县发改局") with { Month = new ReportMonth(2024, 6) }, CancellationToken.None);
        Assert.Equal([["县财政局", 1L]], await f.QueryAsync("SELECT lead_unit, count(*) FROM snapshots GROUP BY ALL"));

        var again = await f.IngestAsync();

        Assert.Equal([("县发改局", FileOutcome.Ingested), ("县财政局", FileOutcome.Unchanged)],
            again.Files.Select(r => (r.Unit, r.Outcome)).OrderBy(r => r.Unit, StringComparer.Ordinal));
        Assert.Equal([["县发改局", 2L], ["县财政局", 1L]], await f.QueryAsync("SELECT lead_unit, count(*) FROM snapshots GROUP BY ALL ORDER BY lead_unit"));
    }

    [Fact]
    public async Task Preview_SaysWhatWouldGo_AndChangesNothing()
    {
        using var f = await StoredAsync();
        var lake = f.LakeFingerprint();
        var db = await f.DatabaseFingerprintAsync();

        var preview = await MonthRemoval.PreviewAsync(Request(f, null, "县教育局"), CancellationToken.None);

        Assert.Null(preview.RunId);
        Assert.Equal(["将撤回2024年7月自选试点台账中县教育局牵头的1行（1个任务，来自“2024年7月自选试点台账.csv”），该月这本台账不再有其他单位的任务。"],
            preview.Months.Select(m => m.Describe(done: false)));
        Assert.Equal(lake, f.LakeFingerprint());
        Assert.Equal(db, await f.DatabaseFingerprintAsync());
    }

    [Theory]
    [InlineData("2024-08", null, null, "数据库中没有2024年8月的任何台账，没有可撤回的内容。")]
    [InlineData("2024-06", "local_pilot", null, "数据库中没有2024年6月的自选试点台账，没有可撤回的内容。该月已入库的有：改革任务总台账。")]
    [InlineData("2024-07", "overall", "县教育局", "2024年7月的改革任务总台账中没有“县教育局”牵头的任务，没有可撤回的内容。该月的牵头单位有：县发改局、县财政局。")]
    public async Task NothingToRemove_IsRefusedInWords_AndNothingChanges(string month, string? ledger, string? unit, string message)
    {
        using var f = await StoredAsync();
        var lake = f.LakeFingerprint();
        var db = await f.DatabaseFingerprintAsync();
        Assert.True(ReportMonth.TryParse(month, out var m));
        Ledger? l = ledger is null ? null : LedgerNames.TryParseId(ledger, out var parsed) ? parsed : throw new ArgumentException(ledger);

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => MonthRemoval.RunAsync(new RemovalRequest(f.Db, f.Lake, m, l, unit), CancellationToken.None));

        Assert.Equal(message, e.Message);
        Assert.Equal(lake, f.LakeFingerprint());
        Assert.Equal(db, await f.DatabaseFingerprintAsync());
    }

    [Theory]
    [InlineData("staged")]
    [InlineData("db-loaded")]
    [InlineData("lake-applied")]
    public async Task FailureMidway_LeavesLakeAndDatabaseExactlyAsBefore(string stage)
    {
        using var f = await StoredAsync();
        var lake = f.LakeFingerprint();
        var db = await f.DatabaseFingerprintAsync();
        var request = Request(f, null, "县发改局") with
        {
            FaultInjection = s =>
            {
                if (s == stage)
                {
                    throw new InvalidOperationException("injected failure at " + s);
                }
            },
        };

        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => MonthRemoval.RunAsync(request, CancellationToken.None));

        Assert.Contains(stage, e.Message, StringComparison.Ordinal);
        Assert.Equal(lake, f.LakeFingerprint());
        Assert.Equal(db, await f.DatabaseFingerprintAsync());
    }

    [Fact]
    public void ARemovalCutShort_BeforeItsPartitionMoved_IsUndoneWithoutLosingThatPartition()
    {
        // The run removes month=2024-07 and adds its log; the process dies after the log moved in, before the month moved
        // out. Recovery must take the log out again and leave the month as it is (nothing was staged for it).
        using var temp = new Support.TempFolder("reform-remove-journal");
        var layout = new LakeLayout(temp.File("lake"));
        var month = LakeLayout.SnapshotPartition(Ledger.Overall, new ReportMonth(2024, 7));
        var log = LakeLayout.RunPartition("ingest_log", "r000002");
        Directory.CreateDirectory(Path.Combine(layout.Root, month));
        File.WriteAllText(Path.Combine(layout.Root, month, LakeLayout.PartFile), "july");
        var commit = new LakeCommit(layout, "r000002", [log, month], [month]);
        Directory.CreateDirectory(Path.GetDirectoryName(commit.StagedPath(log))!);
        File.WriteAllText(commit.StagedPath(log), "log");

        Assert.Throws<IOException>(() => commit.Apply(rel => throw new IOException("killed after " + rel)));
        Assert.True(LakeCommit.RecoverIfInterrupted(layout));

        Assert.Equal("july", File.ReadAllText(Path.Combine(layout.Root, month, LakeLayout.PartFile)));
        Assert.False(Directory.Exists(Path.Combine(layout.Root, log)));
        Assert.False(File.Exists(layout.JournalPath));
    }

    [Fact]
    public async Task Cli_PreviewsWithoutYes_RemovesWithYes_AndRefreshesTheMetrics()
    {
        using var f = await StoredAsync();
        await using (var connection = await ReformAnalytics.Database.ReformDatabase.OpenForWriteAsync(f.Db, CancellationToken.None))
        {
            await ReformAnalytics.Metrics.MetricViews.InstallAsync(connection, CancellationToken.None);
        }

        var (previewExit, preview) = await CliRun.RunAsync("remove", "--db", f.Db, "--lake", f.Lake, "--month", "2024-07", "--ledger", "local_pilot");
        var (exit, output) = await CliRun.RunAsync("remove", "--db", f.Db, "--lake", f.Lake, "--month", "2024-07", "--ledger", "local_pilot", "--yes");

        Assert.Equal((0, 0), (previewExit, exit));
        Assert.Contains("将撤回2024年7月自选试点台账中1行（1个任务，来自“2024年7月自选试点台账.csv”），该月不再有这本台账。", preview, StringComparison.Ordinal);
        Assert.Contains("以上只是预览，尚未撤回。", preview, StringComparison.Ordinal);
        Assert.Contains("✓ 已撤回2024年7月自选试点台账中1行", output, StringComparison.Ordinal);
        // The stored metric tables follow: July's task_status has only the overall ledger's 3 tasks.
        Assert.Equal([["overall", 3L]], await f.QueryAsync("SELECT ledger, count(*) FROM task_status WHERE report_month = DATE '2024-07-01' GROUP BY ALL"));
    }

    private static RemovalRequest Request(IngestFixture f, Ledger? ledger, string? unit = null) =>
        new(f.Db, f.Lake, new ReportMonth(2024, 7), ledger, unit);

    private static async Task<IngestFixture> StoredAsync()
    {
        var f = new IngestFixture();
        File.WriteAllText(Path.Combine(f.Input, "2024年6月改革任务总台账.csv"), June, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(f.Input, "2024年7月改革任务总台账.csv"), July, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(f.Input, "2024年7月自选试点台账.csv"), JulyPilot, new UTF8Encoding(false));
        Assert.Equal(7, (await f.IngestAsync()).RowsStored);
        return f;
    }
}
