using System.Text;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// One unit written two ways across months: June's ledger says 县发改局 (2 tasks) beside 县财政局 (1), July's
/// 县发展和改革局 for the same 2 tasks. Without the office's table of unit names they are two units, and ingest says
/// so; with it (--units: 县发改局: [县发展和改革局]) they are one, stored months included.
/// </summary>
public sealed class UnitNameIngestTests
{
    private const string Header = "序号,改革任务,牵头单位,责任单位,责任领导,完成时限,完成情况,完成进度\n";

    private const string June = Header +
        "1,推进A改革,县发改局,县人社局,张三,2024年9月底前,序时推进,60%\n" +
        "2,推进B改革,县发改局,县人社局,张三,2024年12月底前,序时推进,40%\n" +
        "3,推进C改革,县财政局,县发展和改革局,李四,2024年9月底前,序时推进,50%\n";

    private const string July = Header +
        "1,推进A改革,县发展和改革局,县人社局,张三,2024年9月底前,序时推进,70%\n" +
        "2,推进B改革,县发展和改革局,县人社局,张三,2024年12月底前,序时推进,50%\n" +
        "3,推进C改革,县财政局,县发改局,李四,2024年9月底前,序时推进,60%\n";

    private const string Units = "县发改局: [县发展和改革局]\n";

    [Fact]
    public async Task WithoutTheTable_TheNewSpellingIsTwoUnits_AndIngestAsksOnce()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);
        await f.IngestAsync();
        Write(f, "2024年7月改革任务总台账.csv", July);

        var summary = await f.IngestAsync();

        // One warning, at July's first row naming the new spelling (row 2: the header is row 1).
        var warning = Assert.Single(summary.Issues, i => i.Message.Contains("可能是同一单位", StringComparison.Ordinal));
        Assert.Equal("2024年7月改革任务总台账.csv", Path.GetFileName(warning.File));
        Assert.Equal(2, warning.Row);
        Assert.Equal("牵头单位", warning.Column);
        Assert.Equal("县发展和改革局", warning.Value);
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.Contains("与已入库的“县发改局”", warning.Message, StringComparison.Ordinal);
        Assert.Contains("县发改局: [县发展和改革局]", warning.Message, StringComparison.Ordinal);
        Assert.Equal(
            [["县发展和改革局", 2L], ["县发改局", 2L], ["县财政局", 2L]],
            await f.QueryAsync("SELECT lead_unit, count(*) FROM snapshots GROUP BY ALL ORDER BY lead_unit"));
    }

    [Fact]
    public async Task ALeadUnitTypedWithAWrongCharacter_IsAskedAbout_AtTheRowThatBringsIt()
    {
        // By hand: 县市场监官局 without its 县 is 市场监官局, as long as 市场监管局 (5 characters) and one character apart
        // (官 for 管, the fourth): probably one unit. 县民政局 and 县财政局 are one character apart too, but three
        // characters are too few to tell: no warning for them. Before, the typo was a unit of its own without a word.
        using var f = new IngestFixture();
        Write(f, "2025年1月改革任务总台账.csv", Header +
            "1,推进A改革,县市场监管局,,张三,2025年6月底前,序时推进,10%\n" +
            "2,推进B改革,县民政局,,李四,2025年6月底前,序时推进,10%\n" +
            "3,推进C改革,县财政局,,王五,2025年6月底前,序时推进,10%\n" +
            "4,推进D改革,县市场监官局,,张三,2025年6月底前,序时推进,10%\n");

        var summary = await f.IngestAsync();

        var warning = Assert.Single(summary.Issues, i => i.Message.Contains("可能是同一单位", StringComparison.Ordinal));
        Assert.Equal((5, "牵头单位", "县市场监官局"), (warning.Row, warning.Column, warning.Value));
        Assert.Contains("与本次导入文件中的“县市场监管局”", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoUnitSpelledOtherwiseThanALeadUnit_IsAskedAboutOnce_AndNotAgainNextMonth()
    {
        // June: lead units 县发改局 (rows 2, 3) and 县财政局 (row 4); co-units 县人社局 (rows 2, 3) and 县发展和改革局 (row 4).
        // By hand: 县发展和改革局 without its 县 is 发展和改革局, which holds 发改局 in order, begins with 发 and ends with 局:
        // probably 县发改局, so one warning at row 4; 县人社局 (人社局) is like neither 发改局 nor 财政局. Before, no warning:
        // co-units were not checked.
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);

        var june = await f.IngestAsync();

        var warning = Assert.Single(june.Issues, i => i.Message.Contains("可能是同一单位", StringComparison.Ordinal));
        Assert.Equal((4, "配合单位", "县发展和改革局", IssueSeverity.Warning), (warning.Row, warning.Column, warning.Value, warning.Severity));
        Assert.Equal(
            "配合单位“县发展和改革局”与本次导入文件中的牵头单位“县发改局”可能是同一单位的不同写法，目前按两个单位分别统计。"
            + "如是同一单位，请在单位名称对照表中写明（如“县发改局: [县发展和改革局]”），导入时加 --units 对照表文件（对照表保存在数据湖中，以后导入自动沿用）。",
            warning.Message);

        // July repeats June's units: both names are stored now (asked when they came), so nothing is asked.
        Write(f, "2024年7月改革任务总台账.csv", June);
        var july = await f.IngestAsync();

        Assert.DoesNotContain(july.Issues, i => i.Message.Contains("可能是同一单位", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACoUnitTheTableNames_IsNotAskedAbout()
    {
        // With 县发改局: [县发展和改革局], row 4's co-unit is stored as 县发改局, which is a lead unit's name: nothing to ask.
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);
        f.UnitsFile = UnitsFile(f);

        var summary = await f.IngestAsync();

        Assert.DoesNotContain(summary.Issues, i => i.Message.Contains("可能是同一单位", StringComparison.Ordinal));
        Assert.Equal([["县发改局"]], await f.QueryAsync("SELECT unnest(co_units) FROM snapshots WHERE task_name = '推进C改革'"));
    }

    [Fact]
    public async Task WithTheTable_StoredMonthsAreRenamed_IdsKept_AndRerunsChangeNothing()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);
        Write(f, "2024年7月改革任务总台账.csv", July);
        await f.IngestAsync();
        var ids = await f.QueryAsync("SELECT report_month, task_name, task_id FROM snapshots ORDER BY ALL");

        f.UnitsFile = UnitsFile(f);
        var summary = await f.IngestAsync();

        // Both files are the same, but both months named a unit otherwise than the table: both are stored again.
        Assert.All(summary.Files, r => Assert.Equal(FileOutcome.Ingested, r.Outcome));
        Assert.DoesNotContain(summary.Issues, i => i.Message.Contains("可能是同一单位", StringComparison.Ordinal));
        Assert.Equal([["县发改局", 4L], ["县财政局", 2L]], await f.QueryAsync("SELECT lead_unit, count(*) FROM snapshots GROUP BY ALL ORDER BY lead_unit"));
        Assert.Equal(
            [["县发改局"], ["县发改局"]],
            await f.QueryAsync("SELECT unnest(co_units) FROM snapshots WHERE task_name = '推进C改革' ORDER BY report_month"));
        Assert.Equal(ids, await f.QueryAsync("SELECT report_month, task_name, task_id FROM snapshots ORDER BY ALL"));

        var before = await f.DatabaseFingerprintAsync();
        var again = await f.IngestAsync();
        Assert.All(again.Files, r => Assert.Equal(FileOutcome.Unchanged, r.Outcome));
        Assert.Equal(before, await f.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task ALateReturnUnderAnotherSpelling_ReplacesItsUnitsRows()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);
        await f.IngestAsync();

        // 县发展和改革局's own return for June: its file and rows spell the unit in full.
        var late = Path.Combine(f.Input, "..", "late");
        Directory.CreateDirectory(late);
        File.WriteAllText(Path.Combine(late, "县发展和改革局2024年6月改革任务台账.csv"), Header + "1,推进A改革,县发展和改革局,县人社局,张三,2024年9月底前,序时推进,65%\n2,推进B改革,县发展和改革局,县人社局,张三,2024年12月底前,序时推进,45%\n", new UTF8Encoding(false));
        f.UnitsFile = UnitsFile(f);

        var summary = await f.IngestAsync(null, late);

        Assert.Equal("已并入2024年6月改革任务总台账：替换县发改局的任务，保留已入库的县财政局的1行。", Assert.Single(summary.Files).Message);
        Assert.Equal(
            [["推进A改革", "县发改局", 65.0], ["推进B改革", "县发改局", 45.0], ["推进C改革", "县财政局", 50.0]],
            await f.QueryAsync("SELECT task_name, lead_unit, progress_pct FROM snapshots ORDER BY task_name"));
    }

    [Fact]
    public async Task Validate_AsksAboutTwoSpellingsInTheSameRun()
    {
        using var f = new IngestFixture();
        Write(f, "2024年7月改革任务总台账.csv", July.Replace("1,推进A改革,县发展和改革局", "1,推进A改革,县发改局", StringComparison.Ordinal));

        var summary = await IngestRunner.RunAsync([f.Input], new IngestOptions { DryRun = true }, CancellationToken.None);

        var warning = Assert.Single(summary.Issues, i => i.Message.Contains("可能是同一单位", StringComparison.Ordinal));
        Assert.Equal(3, warning.Row);
        Assert.Equal("县发展和改革局", warning.Value);
        Assert.Contains("与本次导入文件中的“县发改局”", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTableIsKeptInTheLake_AndLaterRunsGoByItWithoutUnits()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);
        f.UnitsFile = UnitsFile(f);
        var first = await f.IngestAsync();
        Assert.Equal(new UnitNameUse(1, "单位名称对照表.yaml", null, Saved: true), first.UnitNames);
        Assert.True(File.Exists(Path.Combine(f.Lake, "unit_names", "run=r000001", "part-0.parquet")));
        Assert.Equal(
            [["r000001", "县发改局", "县发展和改革局", "单位名称对照表.yaml"], ["r000001", "县发改局", "县发改局", "单位名称对照表.yaml"]],
            await f.QueryAsync("SELECT run_id, unit, spelling, table_file FROM unit_names ORDER BY spelling"));

        // July spells the unit in full, and this run is not given the table: the lake's table still names it.
        f.UnitsFile = null;
        Write(f, "2024年7月改革任务总台账.csv", July);
        var second = await f.IngestAsync();

        Assert.Equal(new UnitNameUse(1, "单位名称对照表.yaml", "r000001", Saved: false), second.UnitNames);
        Assert.DoesNotContain(second.Issues, i => i.Message.Contains("可能是同一单位", StringComparison.Ordinal));
        Assert.Equal([["县发改局", 4L], ["县财政局", 2L]], await f.QueryAsync("SELECT lead_unit, count(*) FROM snapshots GROUP BY ALL ORDER BY lead_unit"));
        Assert.False(Directory.Exists(Path.Combine(f.Lake, "unit_names", "run=r000002")));

        // Given again unchanged, the table is not saved twice: nothing changes.
        f.UnitsFile = UnitsFile(f);
        var before = await f.DatabaseFingerprintAsync();
        var lakeBefore = f.LakeFingerprint();
        var third = await f.IngestAsync();
        Assert.Null(third.RunId);
        Assert.Equal(new UnitNameUse(1, "单位名称对照表.yaml", null, Saved: false), third.UnitNames);
        Assert.Equal(before, await f.DatabaseFingerprintAsync());
        Assert.Equal(lakeBefore, f.LakeFingerprint());
    }

    [Fact]
    public async Task ANewTableAlone_IsARunOfItsOwn_AndRebuildKeepsTheLatest()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);
        f.UnitsFile = UnitsFile(f);
        await f.IngestAsync();

        // The same ledger, and a table with one more spelling that no stored row uses: only the table changes.
        f.UnitsFile = UnitsFile(f, "县发改局: [县发展和改革局, 县发展改革局]\n");
        var summary = await f.IngestAsync();

        Assert.Equal("r000002", summary.RunId);
        Assert.Equal(0, summary.RowsStored);
        Assert.Equal(FileOutcome.Unchanged, Assert.Single(summary.Files).Outcome);
        Assert.Equal([["r000001", 3L], ["r000002", 3L]], await f.QueryAsync("SELECT run_id, count(*) FROM snapshots, (SELECT DISTINCT run_id FROM ingest_log) GROUP BY ALL ORDER BY run_id"));
        var names = await f.QueryAsync("SELECT run_id, unit, spelling FROM unit_names ORDER BY spelling");
        Assert.Equal([["r000002", "县发改局", "县发展和改革局"], ["r000002", "县发改局", "县发展改革局"], ["r000002", "县发改局", "县发改局"]], names);

        // Both tables stay in the lake; the database, rebuilt from it, holds the latest.
        Assert.True(File.Exists(Path.Combine(f.Lake, "unit_names", "run=r000001", "part-0.parquet")));
        await ReformAnalytics.Database.DatabaseRebuilder.RebuildAsync(new ReformAnalytics.Lake.LakeLayout(f.Lake), f.Db, CancellationToken.None);
        Assert.Equal(names, await f.QueryAsync("SELECT run_id, unit, spelling FROM unit_names ORDER BY spelling"));
    }

    [Fact]
    public async Task AnEmptyTable_ClearsTheKeptOne_AndTheQuestionComesBack()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);
        f.UnitsFile = UnitsFile(f);
        await f.IngestAsync();

        f.UnitsFile = UnitsFile(f, "{}\n");
        var cleared = await f.IngestAsync();
        Assert.Equal(new UnitNameUse(0, "单位名称对照表.yaml", null, Saved: true), cleared.UnitNames);
        Assert.Empty(await f.QueryAsync("SELECT * FROM unit_names"));

        f.UnitsFile = null;
        Write(f, "2024年7月改革任务总台账.csv", July);
        var next = await f.IngestAsync();

        Assert.Null(next.UnitNames);
        Assert.Single(next.Issues, i => i.Message.Contains("可能是同一单位", StringComparison.Ordinal));
        Assert.Equal([["县发展和改革局", 2L], ["县发改局", 2L], ["县财政局", 2L]], await f.QueryAsync("SELECT lead_unit, count(*) FROM snapshots GROUP BY ALL ORDER BY lead_unit"));
    }

    [Theory]
    [InlineData("staged")]
    [InlineData("db-loaded")]
    [InlineData("lake-applied")]
    public async Task ARunThatFails_LeavesTheKeptTableAsItWas(string stage)
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);
        f.UnitsFile = UnitsFile(f);
        await f.IngestAsync();
        var before = await f.DatabaseFingerprintAsync();
        var lakeBefore = f.LakeFingerprint();

        f.UnitsFile = UnitsFile(f, "县财政局: [县财政局局]\n");
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => f.IngestAsync(s =>
        {
            if (s == stage)
            {
                throw new InvalidOperationException("injected failure at " + s);
            }
        }));

        Assert.Contains(stage, e.Message, StringComparison.Ordinal);
        Assert.Equal(new UnitNameUse(1, "单位名称对照表.yaml", "r000001", Saved: false), (await IngestRunner.RunAsync([f.Input], new IngestOptions { DryRun = true, LakeRoot = f.Lake }, CancellationToken.None)).UnitNames);

        Assert.Equal(before, await f.DatabaseFingerprintAsync());
        Assert.Equal(lakeBefore, f.LakeFingerprint());
        Assert.Equal([["县发改局", 2L], ["县财政局", 1L]], await f.QueryAsync("SELECT lead_unit, count(*) FROM snapshots GROUP BY ALL ORDER BY lead_unit"));
    }

    [Fact]
    public async Task AKeptTableThatCannotBeRead_IsRefusedSayingWhere_AndATableGivenAgainTakesItsPlace()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);
        f.UnitsFile = UnitsFile(f);
        await f.IngestAsync();
        var kept = Path.Combine(f.Lake, "unit_names", "run=r000001", "part-0.parquet");
        File.WriteAllText(kept, "not parquet");
        Write(f, "2024年7月改革任务总台账.csv", July);
        var before = await f.DatabaseFingerprintAsync();

        f.UnitsFile = null;
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => f.IngestAsync());
        Assert.Contains(kept, e.Message, StringComparison.Ordinal);
        Assert.Contains("可用 --units 重新指定对照表", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await f.DatabaseFingerprintAsync());

        f.UnitsFile = UnitsFile(f);
        var summary = await f.IngestAsync();
        Assert.Equal(new UnitNameUse(1, "单位名称对照表.yaml", null, Saved: true), summary.UnitNames);
        Assert.Equal([["县发改局", 4L], ["县财政局", 2L]], await f.QueryAsync("SELECT lead_unit, count(*) FROM snapshots GROUP BY ALL ORDER BY lead_unit"));
    }

    [Fact]
    public async Task Validate_GivenTheLake_GoesByTheKeptTable()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);
        f.UnitsFile = UnitsFile(f);
        await f.IngestAsync();
        var check = Path.Combine(f.Input, "..", "check");
        Directory.CreateDirectory(check);
        File.WriteAllText(Path.Combine(check, "2024年7月改革任务总台账.csv"), July.Replace("1,推进A改革,县发展和改革局", "1,推进A改革,县发改局", StringComparison.Ordinal), new UTF8Encoding(false));
        var lakeBefore = f.LakeFingerprint();

        var without = await IngestRunner.RunAsync([check], new IngestOptions { DryRun = true }, CancellationToken.None);
        var with = await IngestRunner.RunAsync([check], new IngestOptions { DryRun = true, LakeRoot = f.Lake }, CancellationToken.None);

        Assert.Single(without.Issues, i => i.Message.Contains("可能是同一单位", StringComparison.Ordinal));
        Assert.DoesNotContain(with.Issues, i => i.Message.Contains("可能是同一单位", StringComparison.Ordinal));
        Assert.Equal(new UnitNameUse(1, "单位名称对照表.yaml", "r000001", Saved: false), with.UnitNames);
        Assert.Equal(lakeBefore, f.LakeFingerprint());
    }

    [Fact]
    public async Task ATableGivenAlone_RenamesEveryStoredMonth_AndNothingElseChanges()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);
        Write(f, "2024年7月改革任务总台账.csv", July);
        await f.IngestAsync();
        const string Unrenamed = "SELECT report_month, task_id, task_name, progress_pct, status, deadline, source_file, source_row FROM snapshots ORDER BY ALL";
        var before = await f.QueryAsync(Unrenamed);

        // No files: only the table is given. June writes the co-unit of task C in full, July the lead unit of A and B.
        f.UnitsFile = UnitsFile(f);
        var summary = await IngestRunner.RunAsync([], f.Options(), CancellationToken.None);

        Assert.Equal("r000002", summary.RunId);
        Assert.Equal(0, summary.RowsStored);
        Assert.Equal(new UnitNameUse(1, "单位名称对照表.yaml", null, Saved: true), summary.UnitNames);
        Assert.Equal(
            [
                "按单位名称对照表改名重存2024年6月改革任务总台账（3行，任务编号不变）：“县发展和改革局”改为“县发改局”。",
                "按单位名称对照表改名重存2024年7月改革任务总台账（3行，任务编号不变）：“县发展和改革局”改为“县发改局”。",
            ],
            summary.Files.Select(r => r.Message));
        Assert.All(summary.Files, r => Assert.Equal(FileOutcome.Renamed, r.Outcome));
        Assert.Equal([["县发改局", 4L], ["县财政局", 2L]], await f.QueryAsync("SELECT lead_unit, count(*) FROM snapshots GROUP BY ALL ORDER BY lead_unit"));
        Assert.Equal(
            [["县发改局"], ["县发改局"]],
            await f.QueryAsync("SELECT unnest(co_units) FROM snapshots WHERE task_name = '推进C改革' ORDER BY report_month"));
        Assert.Equal(before, await f.QueryAsync(Unrenamed));
        Assert.Equal(
            [["r000002", "单位名称对照表.yaml", "overall", new DateOnly(2024, 6, 1), 3, "renamed"], ["r000002", "单位名称对照表.yaml", "overall", new DateOnly(2024, 7, 1), 3, "renamed"]],
            await f.QueryAsync("SELECT run_id, file_name, ledger, report_month, rows, outcome FROM ingest_log WHERE run_id = 'r000002' ORDER BY report_month"));

        // The lake holds the renamed months: the database rebuilt from it is the same.
        var stored = await f.DatabaseFingerprintAsync();
        var units = await f.QueryAsync("SELECT report_month, task_id, lead_unit, co_units FROM snapshots ORDER BY ALL");
        await ReformAnalytics.Database.DatabaseRebuilder.RebuildAsync(new ReformAnalytics.Lake.LakeLayout(f.Lake), f.Db, CancellationToken.None);
        Assert.Equal(stored, await f.DatabaseFingerprintAsync());
        Assert.Equal(units, await f.QueryAsync("SELECT report_month, task_id, lead_unit, co_units FROM snapshots ORDER BY ALL"));

        // The same files again, by the kept table: stored already, under the table's names; nothing changes.
        f.UnitsFile = null;
        var again = await f.IngestAsync();
        Assert.Null(again.RunId);
        Assert.All(again.Files, r => Assert.Equal(FileOutcome.Unchanged, r.Outcome));
        Assert.Equal(stored, await f.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task ValidateAgainstTheDatabase_WithTheTable_TellsTheStoredMonthsIngestWouldRename_AndStoresNothing()
    {
        // June and July stored without the table; then an inbox with July again (its file as stored) and a new August are
        // checked with the table. June would be renamed from its stored rows; July is in the inbox, so it would be stored
        // again from its file, under the table's names; August is new.
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);
        Write(f, "2024年7月改革任务总台账.csv", July);
        await f.IngestAsync();
        var before = await f.DatabaseFingerprintAsync();
        var inbox = Directory.CreateDirectory(Path.Combine(f.Input, "..", "收件箱")).FullName;
        File.WriteAllText(Path.Combine(inbox, "2024年7月改革任务总台账.csv"), July, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(inbox, "2024年8月改革任务总台账.csv"), July.Replace("70%", "80%", StringComparison.Ordinal), new UTF8Encoding(false));

        var summary = await IngestRunner.RunAsync([inbox], new IngestOptions { DryRun = true, DatabasePath = f.Db, UnitsFile = UnitsFile(f) }, CancellationToken.None);

        var renamed = Assert.Single(summary.Files, r => r.Outcome == FileOutcome.Renamed);
        Assert.Equal("按单位名称对照表改名重存2024年6月改革任务总台账（3行，任务编号不变）：“县发展和改革局”改为“县发改局”。", renamed.Message);
        Assert.Equal(
            [("2024年7月改革任务总台账.csv", FileOutcome.Checked), ("2024年8月改革任务总台账.csv", FileOutcome.Checked)],
            summary.Files.Where(r => r.Outcome != FileOutcome.Renamed).Select(r => (Path.GetFileName(r.File), r.Outcome)).Order());
        Assert.Equal(before, await f.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task ANewMonthWithTheTable_RenamesTheMonthsStoredBefore()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);
        await f.IngestAsync();

        // July comes alone with the table: July is stored under its names, and June (not among the files) is renamed.
        var july = Path.Combine(f.Input, "..", "2024年7月改革任务总台账.csv");
        File.WriteAllText(july, July, new UTF8Encoding(false));
        f.UnitsFile = UnitsFile(f);
        var summary = await f.IngestAsync(null, july);

        Assert.Equal(
            [("2024年7月改革任务总台账.csv", FileOutcome.Ingested), ("单位名称对照表.yaml", FileOutcome.Renamed)],
            summary.Files.Select(r => (Path.GetFileName(r.File), r.Outcome)));
        Assert.Equal(3, summary.RowsStored);
        Assert.Equal([["县发改局", 4L], ["县财政局", 2L]], await f.QueryAsync("SELECT lead_unit, count(*) FROM snapshots GROUP BY ALL ORDER BY lead_unit"));
        Assert.Equal(2L, (await f.QueryAsync("SELECT count(DISTINCT task_id) FROM snapshots WHERE lead_unit = '县发改局'"))[0][0]);
    }

    [Theory]
    [InlineData("staged")]
    [InlineData("db-loaded")]
    [InlineData("lake-applied")]
    public async Task ARenamingRunThatFails_LeavesTheStoredMonthsAsTheyWere(string stage)
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", June);
        Write(f, "2024年7月改革任务总台账.csv", July);
        await f.IngestAsync();
        var before = await f.QueryAsync("SELECT report_month, task_id, lead_unit, co_units FROM snapshots ORDER BY ALL");
        var lakeBefore = f.LakeFingerprint();

        f.UnitsFile = UnitsFile(f);
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => IngestRunner.RunAsync([], f.Options(s =>
        {
            if (s == stage)
            {
                throw new InvalidOperationException("injected failure at " + s);
            }
        }), CancellationToken.None));

        Assert.Contains(stage, e.Message, StringComparison.Ordinal);
        Assert.Equal(before, await f.QueryAsync("SELECT report_month, task_id, lead_unit, co_units FROM snapshots ORDER BY ALL"));
        Assert.Empty(await f.QueryAsync("SELECT * FROM unit_names"));
        Assert.Equal(lakeBefore, f.LakeFingerprint());
    }

    private static string UnitsFile(IngestFixture f, string text = Units)
    {
        var path = Path.Combine(f.Input, "..", "单位名称对照表.yaml");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static void Write(IngestFixture f, string name, string text) =>
        File.WriteAllText(Path.Combine(f.Input, name), text, new UTF8Encoding(false));
}
