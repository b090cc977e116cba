using System.Text;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// Units' own returns (单位报送件) of one month: 县发改局 (2 tasks) and 县财政局 (1 task) send their rows of the
/// June 2024 overall ledger each in a file of its own; the month is their union, 3 rows. Before, the second file
/// replaced the first and one unit's rows were lost with only a warning. A return that comes later (县教育局, 1
/// task) is merged into the stored month: its unit's rows replaced, every other unit's kept with their ids.
/// </summary>
public sealed class UnitReturnTests
{
    private const string Header = "序号,改革任务,牵头单位,责任单位,责任领导,完成时限,完成情况,完成进度\n";

    private const string Development = Header +
        "1,推进A改革,县发改局,县人社局、县税务局,张三,2024年9月底前,序时推进,60%\n" +
        "2,推进B改革,县发改局,县人社局、县税务局,张三,2024年12月底前,序时推进,40%\n";

    private const string Finance = Header + "1,推进C改革,县财政局,县人社局、县税务局,李四,6月底前出台方案；9月底前全面推开,序时推进,50%\n";

    /// <summary>The office's whole ledger of the month: 县发改局's 2 tasks and 县财政局's 推进C改革.</summary>
    private const string WholeLedger = Development + "3,推进C改革,县财政局,县人社局、县税务局,李四,2024年9月底前,序时推进,50%\n";

    private const string Education = Header + "1,推进D改革,县教育局,县人社局、县税务局,王五,2024年9月底前,滞后,20%\n";

    [Theory]
    [InlineData("县发改局2024年6月改革任务台账.csv", "县发改局")]
    [InlineData("发改局6月改革任务进展（总台账）.csv", "县发改局")]
    public void UnitOf_OneUnitNamedByTheFile_IsThatUnitsReturn(string file, string unit)
    {
        Assert.Equal(unit, UnitReturn.UnitOf(file, [string.Empty], ["县发改局", "县发改局"]));
    }

    [Fact]
    public void UnitOf_NamedBySheet_IsThatUnitsReturn()
    {
        Assert.Equal("县财政局", UnitReturn.UnitOf("2024年6月改革任务总台账.xlsx", ["财政局"], ["县财政局"]));
    }

    [Fact]
    public void UnitOf_NamedByTitleRow_IsThatUnitsReturn()
    {
        Assert.Equal("县教育局", UnitReturn.UnitOf("6月台账.xlsx", ["Sheet1", "县教育局2024年6月全面深化改革任务推进情况表"], ["县教育局"]));
    }

    [Fact]
    public async Task AReturnNamedOnlyByItsTitleRow_IsMergedLikeAnyReturn()
    {
        using var f = new IngestFixture();
        Write(f, "县发改局2024年6月改革任务台账.csv", Development);
        await f.IngestAsync();

        // The file name says only the month; the title row above the header names the unit.
        var late = Late(f, "2024年6月改革任务台账.csv", "县教育局2024年6月改革任务推进情况表\n" + Education);
        var summary = await f.IngestAsync(null, late);

        Assert.Equal("已并入2024年6月改革任务总台账：替换县教育局的任务，保留已入库的县发改局的2行。", Assert.Single(summary.Files).Message);
        Assert.Equal(3L, Assert.Single(await f.QueryAsync("SELECT count(*) FROM snapshots"))[0]);
    }

    [Fact]
    public async Task ALateReturnMergedBefore_IsUnchangedWhenTheFolderIsIngestedAgainWithTheWholeLedger()
    {
        // June stored from the office's whole ledger; 县教育局's late return merged in by a second run; then the folder
        // holding both is ingested again. The whole ledger is as stored and the return is stored as it is: nothing
        // changes, and the return is not said to have been thrown away.
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", WholeLedger);
        await f.IngestAsync();
        Write(f, "县教育局2024年6月改革任务台账.csv", Education);
        await f.IngestAsync(null, Path.Combine(f.Input, "县教育局2024年6月改革任务台账.csv"));
        var before = await f.DatabaseFingerprintAsync();

        var summary = await f.IngestAsync();

        var ret = Assert.Single(summary.Files, r => r.Unit == "县教育局");
        Assert.Equal((FileOutcome.Unchanged, "此前已并入2024年6月改革任务总台账，与已入库的内容相同，未作改动。"), (ret.Outcome, ret.Message));
        Assert.DoesNotContain(summary.Issues, i => i.Message.Contains("被其替代", StringComparison.Ordinal));
        Assert.Equal(before, await f.DatabaseFingerprintAsync());
        Assert.Equal(4L, Assert.Single(await f.QueryAsync("SELECT count(*) FROM snapshots"))[0]);
    }

    [Theory]
    [InlineData("2024年6月改革任务总台账.csv", new[] { "县发改局", "县发改局" })]          // one unit, but the file does not say so
    [InlineData("县发改局2024年6月改革任务台账.csv", new[] { "县发改局", "县财政局" })]   // several units: a whole ledger
    [InlineData("县发改局2024年6月改革任务台账.csv", new[] { "县发改局", null })]         // a row without a lead unit
    public void UnitOf_OtherFiles_AreWholeLedgers(string file, string?[] leads)
    {
        Assert.Null(UnitReturn.UnitOf(file, [string.Empty], leads));
    }

    [Fact]
    public async Task TwoUnitsReturns_OneRun_MakeUpTheMonthTogether()
    {
        using var f = new IngestFixture();
        Write(f, "县发改局2024年6月改革任务台账.csv", Development);
        Write(f, "县财政局2024年6月改革任务台账.csv", Finance);

        var summary = await f.IngestAsync();

        Assert.Equal(3, summary.RowsStored);
        Assert.Equal([("县发改局2024年6月改革任务台账.csv", 2), ("县财政局2024年6月改革任务台账.csv", 1)],
            summary.Files.Select(r => (Path.GetFileName(r.File), r.Rows)));
        Assert.All(summary.Files, r => Assert.Equal(FileOutcome.Ingested, r.Outcome));
        var stored = await f.QueryAsync("SELECT lead_unit, count(*) FROM snapshots GROUP BY ALL ORDER BY 1");
        Assert.Equal([("县发改局", 2L), ("县财政局", 1L)], stored.Select(r => ((string)r[0]!, (long)r[1]!)));
        var log = await f.QueryAsync("SELECT file_name, rows, outcome FROM ingest_log ORDER BY file_name");
        Assert.Equal([("县发改局2024年6月改革任务台账.csv", 2, "ingested"), ("县财政局2024年6月改革任务台账.csv", 1, "ingested")],
            log.Select(r => ((string)r[0]!, (int)r[1]!, (string)r[2]!)));

        // The same returns again: nothing changes.
        var again = await f.IngestAsync();
        Assert.Null(again.RunId);
        Assert.All(again.Files, r => Assert.Equal(FileOutcome.Unchanged, r.Outcome));
    }

    [Fact]
    public async Task OneUnitsTwoReturns_TheCorrectionWins_TheOtherUnitStays()
    {
        using var f = new IngestFixture();
        Write(f, "县发改局2024年6月改革任务台账.csv", Development);
        Write(f, "县发改局2024年6月改革任务台账（更正）.csv", Development.Replace("60%", "65%", StringComparison.Ordinal));
        Write(f, "县财政局2024年6月改革任务台账.csv", Finance);

        var summary = await f.IngestAsync();

        Assert.Equal(3, summary.RowsStored);
        var superseded = Assert.Single(summary.Files, r => r.Outcome == FileOutcome.Superseded);
        Assert.Equal("县发改局2024年6月改革任务台账.csv", Path.GetFileName(superseded.File));
        Assert.Contains("县发改局2024年6月改革任务台账（更正）.csv", superseded.Message, StringComparison.Ordinal);
        var a = await f.QueryAsync("SELECT progress_pct FROM snapshots WHERE task_name = '推进A改革'");
        Assert.Equal(65.0, Assert.Single(a)[0]);
    }

    [Fact]
    public async Task WholeLedgerAndAUnitsReturn_TheWholeLedgerStandsForTheMonth()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", WholeLedger);
        Write(f, "县教育局2024年6月改革任务台账.csv", Education);

        var summary = await f.IngestAsync();

        Assert.Equal(3, summary.RowsStored);
        var superseded = Assert.Single(summary.Files, r => r.Outcome == FileOutcome.Superseded);
        Assert.Equal("县教育局2024年6月改革任务台账.csv", Path.GetFileName(superseded.File));
        Assert.Contains("另有整本台账“2024年6月改革任务总台账.csv”", superseded.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALaterUnitsReturnAlone_IsMergedIntoItsMonth_TheOtherUnitsRowsKeptWithTheirIds()
    {
        using var f = new IngestFixture();
        Write(f, "县发改局2024年6月改革任务台账.csv", Development);
        Write(f, "县财政局2024年6月改革任务台账.csv", Finance);
        await f.IngestAsync();
        const string Rows = "SELECT * FROM snapshots ORDER BY task_name";
        var before = await f.QueryAsync(Rows);
        var late = Late(f, "县教育局2024年6月改革任务台账.csv", Education);

        var merged = await f.IngestAsync(null, late);

        // 县教育局's 1 row joins the 3 stored rows of 县发改局 (2) and 县财政局 (1): 4 rows, the 3 exactly as before.
        Assert.NotNull(merged.RunId);
        Assert.Equal((1, 1), (merged.RowsStored, merged.TasksStored));
        var report = Assert.Single(merged.Files);
        Assert.Equal((FileOutcome.Ingested, 1), (report.Outcome, report.Rows));
        Assert.Equal("已并入2024年6月改革任务总台账：替换县教育局的任务，保留已入库的县发改局、县财政局的3行。", report.Message);
        var after = await f.QueryAsync(Rows);
        Assert.Equal(4, after.Count);
        Assert.Equal(before.Select(Key), after.Where(r => (string)r[7]! != "县教育局").Select(Key));
        Assert.Contains("县人社局|县税务局", Key(before[2]), StringComparison.Ordinal);          // 推进C改革's co-units and milestones kept
        Assert.Contains("2024-06-30|2024-09-30|6月底前出台方案|9月底前全面推开", Key(before[2]), StringComparison.Ordinal);
        var d = Assert.Single(after, r => (string)r[7]! == "县教育局");
        Assert.Equal(("推进D改革", 20.0, "县教育局2024年6月改革任务台账.csv", 2), ((string)d[5]!, (double)d[20]!, (string)d[24]!, (int)d[26]!));

        // The lake holds the merged month too: the database rebuilt from it is the same.
        var fingerprint = await f.DatabaseFingerprintAsync();
        File.Delete(f.Db);
        await ReformAnalytics.Database.DatabaseRebuilder.RebuildAsync(new ReformAnalytics.Lake.LakeLayout(f.Lake), f.Db, CancellationToken.None);
        Assert.Equal(fingerprint, await f.DatabaseFingerprintAsync());

        // The late return again, or all three returns together: each file is stored as it is, nothing changes.
        var again = await f.IngestAsync(null, late);
        Assert.Null(again.RunId);
        Assert.Equal(FileOutcome.Unchanged, Assert.Single(again.Files).Outcome);
        File.Copy(Path.Combine(late, "县教育局2024年6月改革任务台账.csv"), Path.Combine(f.Input, "县教育局2024年6月改革任务台账.csv"));
        var together = await f.IngestAsync();
        Assert.Null(together.RunId);
        Assert.Equal(3, together.Files.Count(r => r.Outcome == FileOutcome.Unchanged));
        Assert.Equal(fingerprint, await f.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task AUnitsLaterCorrection_ReplacesOnlyThatUnitsRows()
    {
        using var f = new IngestFixture();
        Write(f, "县发改局2024年6月改革任务台账.csv", Development);
        Write(f, "县财政局2024年6月改革任务台账.csv", Finance);
        await f.IngestAsync();
        var ids = await f.QueryAsync("SELECT task_name, task_id FROM snapshots ORDER BY task_name");

        // 县发改局 corrects 推进A改革 from 60% to 65% and drops 推进B改革; 县财政局's row stays.
        var late = Late(f, "县发改局2024年6月改革任务台账（更正）.csv", Header + "1,推进A改革,县发改局,县人社局、县税务局,张三,2024年9月底前,序时推进,65%\n");
        var summary = await f.IngestAsync(null, late);

        Assert.Equal(1, summary.RowsStored);
        Assert.Equal("已并入2024年6月改革任务总台账：替换县发改局的任务，保留已入库的县财政局的1行。", Assert.Single(summary.Files).Message);
        var stored = await f.QueryAsync("SELECT task_name, task_id, progress_pct FROM snapshots ORDER BY task_name");
        Assert.Equal([("推进A改革", 65.0), ("推进C改革", 50.0)], stored.Select(r => ((string)r[0]!, (double)r[2]!)));
        Assert.Equal(ids.Where(r => (string)r[0]! != "推进B改革").Select(r => r[1]), stored.Select(r => r[1]));
    }

    [Fact]
    public async Task AUnitsReturnAfterTheWholeLedger_ReplacesThatUnitsRowsOfIt()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", WholeLedger);
        await f.IngestAsync();

        var late = Late(f, "县财政局2024年6月改革任务台账.csv", Header + "1,推进C改革,县财政局,县人社局、县税务局,李四,2024年9月底前,超进度,80%\n");
        var summary = await f.IngestAsync(null, late);

        Assert.Equal("已并入2024年6月改革任务总台账：替换县财政局的任务，保留已入库的县发改局的2行。", Assert.Single(summary.Files).Message);
        var stored = await f.QueryAsync("SELECT task_name, status, progress_pct, source_file FROM snapshots ORDER BY task_name");
        Assert.Equal(
            [("推进A改革", "on_track", 60.0, "2024年6月改革任务总台账.csv"), ("推进B改革", "on_track", 40.0, "2024年6月改革任务总台账.csv"), ("推进C改革", "ahead", 80.0, "县财政局2024年6月改革任务台账.csv")],
            stored.Select(r => ((string)r[0]!, (string)r[1]!, (double)r[2]!, (string)r[3]!)));

        // The whole ledger again: its rows are still stored as they are, so nothing changes (the return stays).
        var again = await f.IngestAsync();
        Assert.Null(again.RunId);
        Assert.Equal(FileOutcome.Unchanged, Assert.Single(again.Files).Outcome);
    }

    [Fact]
    public async Task AUnitsReturn_ReplacesTheRowsTheLedgerWroteWithoutThe县Prefix()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", Development.Replace("县发改局", "发改局", StringComparison.Ordinal) + Finance[Header.Length..].Replace("1,", "3,", StringComparison.Ordinal));
        await f.IngestAsync();

        // 县发改局's return: its 2 tasks replace the ledger's 发改局 rows, not join them.
        var late = Late(f, "县发改局2024年6月改革任务台账.csv", Development.Replace("60%", "70%", StringComparison.Ordinal));
        var summary = await f.IngestAsync(null, late);

        Assert.Equal("已并入2024年6月改革任务总台账：替换县发改局的任务，保留已入库的县财政局的1行。", Assert.Single(summary.Files).Message);
        var stored = await f.QueryAsync("SELECT task_name, lead_unit, progress_pct FROM snapshots ORDER BY task_name");
        Assert.Equal([("推进A改革", "县发改局", 70.0), ("推进B改革", "县发改局", 40.0), ("推进C改革", "县财政局", 50.0)],
            stored.Select(r => ((string)r[0]!, (string)r[1]!, (double)r[2]!)));
        Assert.Empty(summary.Issues);
    }

    [Fact]
    public async Task ALateReturnsTask_NeverTakesTheIdOfAKeptRow()
    {
        using var f = new IngestFixture();
        Write(f, "县发改局2024年6月改革任务台账.csv", Development);
        await f.IngestAsync();

        // 县教育局 reports a task of the same name as one of 县发改局's: two tasks of the month, two ids.
        var late = Late(f, "县教育局2024年6月改革任务台账.csv", Header + "1,推进A改革,县教育局,县人社局、县税务局,王五,2024年9月底前,序时推进,10%\n");
        var summary = await f.IngestAsync(null, late);

        var ids = await f.QueryAsync("SELECT lead_unit, task_id FROM snapshots WHERE task_name = '推进A改革' ORDER BY lead_unit");
        Assert.Equal(2, ids.Count);
        Assert.Equal((string)ids[0][1]! + "-2", (string)ids[1][1]!);   // 县发改局's kept id; 县教育局's new one with -2

        // Most often the same task with its lead unit written two ways: the office is told, nothing is dropped.
        var warning = Assert.Single(summary.Issues);
        Assert.Equal((2, "改革任务", "推进A改革"), (warning.Row, warning.Column, warning.Value));
        Assert.Equal("本月已入库的台账中有同名任务（牵头单位“县发改局”，来自“县发改局2024年6月改革任务台账.csv”），已作为两项任务分别保存。如为同一任务，请统一牵头单位名称后重新报送。", warning.Message);
    }

    [Fact]
    public async Task AOneUnitFileThatDoesNotNameItsUnit_IsMergedNotReplacingTheStoredMonth()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", WholeLedger);
        await f.IngestAsync();

        // Only 县教育局's task, in a file named as if it were the month's whole ledger.
        var late = Late(f, "2024年6月改革任务台账.csv", Education);
        var summary = await f.IngestAsync(null, late);

        Assert.Equal("已并入2024年6月改革任务总台账：替换县教育局的任务，保留已入库的县发改局、县财政局的3行。", Assert.Single(summary.Files).Message);
        var warning = Assert.Single(summary.Issues);
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.StartsWith("本文件只有“县教育局”一个牵头单位的任务，而已入库的2024年6月改革任务总台账还有其他单位的任务，已按县教育局的报送件并入", warning.Message, StringComparison.Ordinal);
        Assert.Equal(
            [["推进A改革", "县发改局"], ["推进B改革", "县发改局"], ["推进C改革", "县财政局"], ["推进D改革", "县教育局"]],
            await f.QueryAsync("SELECT task_name, lead_unit FROM snapshots ORDER BY task_name"));
    }

    [Fact]
    public async Task AOneUnitLedgerOfAMonthHoldingOnlyThatUnit_ReplacesItAsAnyLedger()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", Development);
        await f.IngestAsync();

        var late = Late(f, "2024年6月改革任务总台账（更正）.csv", Header + "1,推进A改革,县发改局,县人社局,张三,2024年9月底前,序时推进,80%\n");
        var summary = await f.IngestAsync(null, late);

        // Replaced as a whole ledger (not merged as a unit's return): the note says what the month held.
        Assert.Equal("已替换此前入库的2024年6月改革任务总台账（原2行）。", Assert.Single(summary.Files).Message);
        Assert.Empty(summary.Issues);
        Assert.Equal([["推进A改革", 80.0]], await f.QueryAsync("SELECT task_name, progress_pct FROM snapshots"));
    }

    [Fact]
    public async Task UnnamedOneUnitFilesOfANewMonth_MakeUpTheMonthTogether()
    {
        using var f = new IngestFixture();
        // Each unit sent "2024年6月改革任务台账.csv" without its name; the office saved them in folders of their own.
        foreach (var (folder, text) in new[] { ("发改", Development), ("财政", Finance) })
        {
            Directory.CreateDirectory(Path.Combine(f.Input, folder));
            File.WriteAllText(Path.Combine(f.Input, folder, "2024年6月改革任务台账.csv"), text, new UTF8Encoding(false));
        }

        var summary = await f.IngestAsync();

        // 县发改局's 2 rows and 县财政局's 1: 3 rows, neither file replaced by the other.
        Assert.Equal(3, summary.RowsStored);
        Assert.All(summary.Files, r => Assert.Equal(FileOutcome.Ingested, r.Outcome));
        var warnings = summary.Issues.Where(i => i.Message.StartsWith("本文件没有写明单位", StringComparison.Ordinal)).OrderBy(i => i.File, StringComparer.Ordinal).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Equal(
            "本文件没有写明单位，只有“县发改局”一个牵头单位的任务；同月还有其他单位的文件（县发改局、县财政局），已按各单位的报送件合为2024年6月的台账。单位报送件请在文件名中写明单位（如“县发改局2024年6月改革任务台账”）。",
            warnings[0].Message);
        Assert.EndsWith(Path.Combine("发改", "2024年6月改革任务台账.csv"), warnings[0].File, StringComparison.Ordinal);
        Assert.Contains("只有“县财政局”一个牵头单位", warnings[1].Message, StringComparison.Ordinal);
        Assert.Equal([["县发改局", 2L], ["县财政局", 1L]], await f.QueryAsync("SELECT lead_unit, count(*) FROM snapshots GROUP BY ALL ORDER BY lead_unit"));
    }

    [Fact]
    public void UnitOf_NamedByTheFolderOrArchiveItIsIn_IsThatUnitsReturn()
    {
        // The labels end with the names of the folders and archives the file is in, nearest first.
        Assert.Equal("县财政局", UnitReturn.UnitOf("2024年6月改革任务台账.xlsx", ["Sheet1", "县财政局", "6月报送"], ["县财政局", "县财政局"]));
        Assert.Equal("县财政局", UnitReturn.UnitOf("2024年6月改革任务台账.xlsx", ["Sheet1", "财政局.zip"], ["县财政局"]));
        Assert.Null(UnitReturn.UnitOf("2024年6月改革任务台账.xlsx", ["Sheet1", "县财政局"], ["县财政局", "县发改局"]));
    }

    [Fact]
    public async Task TheSameTemplateReturnedByEachUnit_KeptInFoldersNamedForThem_AreThoseUnitsReturns_WithoutAWarning()
    {
        using var f = new IngestFixture();
        // Every unit sent back the office's template "2024年6月改革任务台账.csv"; the office keeps each in the unit's folder.
        foreach (var (folder, text) in new[] { ("县发改局", Development), ("县财政局", Finance) })
        {
            Directory.CreateDirectory(Path.Combine(f.Input, folder));
            File.WriteAllText(Path.Combine(f.Input, folder, "2024年6月改革任务台账.csv"), text, new UTF8Encoding(false));
        }

        var summary = await f.IngestAsync();

        Assert.Equal(3, summary.RowsStored);
        Assert.Equal([("县发改局", 2), ("县财政局", 1)], summary.Files.Select(r => (r.Unit, r.Rows)).OrderBy(r => r.Unit, StringComparer.Ordinal));
        Assert.All(summary.Files, r => Assert.Equal(FileOutcome.Ingested, r.Outcome));
        Assert.Empty(summary.Issues);

        // 县财政局's later re-send, again in its folder and named as the template: merged into June, no warning either.
        var late = Path.Combine(f.Input, "..", "later", "县财政局");
        Directory.CreateDirectory(late);
        File.WriteAllText(Path.Combine(late, "2024年6月改革任务台账.csv"), Finance.Replace("50%", "55%", StringComparison.Ordinal), new UTF8Encoding(false));
        var merged = await f.IngestAsync(null, late);

        Assert.Equal("已并入2024年6月改革任务总台账：替换县财政局的任务，保留已入库的县发改局的2行。", Assert.Single(merged.Files).Message);
        Assert.Empty(merged.Issues);
        Assert.Equal(
            [["推进A改革", 60.0], ["推进B改革", 40.0], ["推进C改革", 55.0]],
            await f.QueryAsync("SELECT task_name, progress_pct FROM snapshots ORDER BY task_name"));
    }

    [Fact]
    public async Task ReturnsUnderOneTemplateName_AreToldApartOnReIngest_OnlyTheChangedOneIsMerged()
    {
        // 县发改局, 县财政局 and 县教育局 each sent "2024年6月改革任务台账.csv" in their folder. Then 县财政局 puts 55% for 50%
        // and the whole folder is ingested again: its return alone is new; the other two are the files stored already.
        using var f = new IngestFixture();
        var returns = new[] { ("县发改局", Development), ("县财政局", Finance), ("县教育局", Education) };
        foreach (var (folder, text) in returns)
        {
            Directory.CreateDirectory(Path.Combine(f.Input, folder));
            File.WriteAllText(Path.Combine(f.Input, folder, "2024年6月改革任务台账.csv"), text, new UTF8Encoding(false));
        }

        Assert.Equal(4, (await f.IngestAsync()).RowsStored);
        File.WriteAllText(Path.Combine(f.Input, "县财政局", "2024年6月改革任务台账.csv"), Finance.Replace("50%", "55%", StringComparison.Ordinal), new UTF8Encoding(false));

        var again = await f.IngestAsync();

        Assert.Equal(
            [("县发改局", FileOutcome.Unchanged), ("县教育局", FileOutcome.Unchanged), ("县财政局", FileOutcome.Ingested)],
            again.Files.Select(r => (r.Unit, r.Outcome)).OrderBy(r => r.Unit, StringComparer.Ordinal));
        Assert.Equal(1, again.RowsStored);
        Assert.Equal(
            [["县发改局", "2024年6月改革任务台账.csv", "ingested"], ["县教育局", "2024年6月改革任务台账.csv", "ingested"], ["县财政局", "2024年6月改革任务台账.csv", "ingested"],
             ["县财政局", "2024年6月改革任务台账.csv", "ingested"]],
            await f.QueryAsync("SELECT return_unit, file_name, outcome FROM ingest_log WHERE outcome = 'ingested' ORDER BY run_id, return_unit"));
        Assert.Equal(
            [["推进A改革", 60.0], ["推进B改革", 40.0], ["推进C改革", 55.0], ["推进D改革", 20.0]],
            await f.QueryAsync("SELECT task_name, progress_pct FROM snapshots ORDER BY task_name"));
    }

    [Fact]
    public async Task AFileNamedForOneUnit_HoldingEveryUnitsRows_OnlyReplacesThatUnitsRows()
    {
        // June is stored from the office's whole ledger (县发改局 60% and 40%, 县财政局 50%). Then 县发改局 sends the template
        // back whole under its own name: its two rows brought to 70% and 45%, 县财政局's row left stale at 10% 滞后.
        // Before, the file was taken for a whole ledger and 县财政局's 50% was overwritten with the stale 10%.
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", WholeLedger);
        await f.IngestAsync();
        var stale = Header +
            "1,推进A改革,县发改局,县人社局、县税务局,张三,2024年9月底前,序时推进,70%\n" +
            "2,推进B改革,县发改局,县人社局、县税务局,张三,2024年12月底前,序时推进,45%\n" +
            "3,推进C改革,县财政局,县人社局、县税务局,李四,2024年9月底前,滞后,10%\n";

        var summary = await f.IngestAsync(null, Late(f, "县发改局2024年6月改革任务台账.csv", stale));

        var file = Assert.Single(summary.Files);
        Assert.Equal((FileOutcome.Ingested, "县发改局", 2), (file.Outcome, file.Unit, file.Rows));
        Assert.Contains(summary.Issues, i => i.Message == "文件名写明是“县发改局”的报送件，但表中还有其他1个单位的任务（1行），已只导入县发改局牵头的任务：已入库的2024年6月改革任务总台账中其他单位的任务保留不变。如确是整本台账，请在文件名中写明“总台账”后重新导入。");
        Assert.Equal(
            [["推进A改革", 70.0], ["推进B改革", 45.0], ["推进C改革", 50.0]],
            await f.QueryAsync("SELECT task_name, progress_pct FROM snapshots ORDER BY task_name"));
    }

    [Fact]
    public async Task EveryUnitSendingTheWholeTemplateUnderItsOwnName_InOneRun_MakeUpTheMonthFromEachUnitsOwnRows()
    {
        // June not stored. 县发改局 and 县财政局 each send the whole template (3 rows) under their own names, each bringing only
        // its own rows up to date and leaving the other's at May's figures. Before, the file sorting last (县财政局…)
        // stood for the whole month: 县发改局's tasks were stored at the stale 30% and 20% instead of its own 70% and 45%.
        using var f = new IngestFixture();
        Write(f, "县发改局2024年6月改革任务台账.csv", Header +
            "1,推进A改革,县发改局,县人社局,张三,2024年9月底前,序时推进,70%\n2,推进B改革,县发改局,县人社局,张三,2024年12月底前,序时推进,45%\n" +
            "3,推进C改革,县财政局,县人社局,李四,2024年9月底前,序时推进,10%\n");
        Write(f, "县财政局2024年6月改革任务台账.csv", Header +
            "1,推进A改革,县发改局,县人社局,张三,2024年9月底前,序时推进,30%\n2,推进B改革,县发改局,县人社局,张三,2024年12月底前,序时推进,20%\n" +
            "3,推进C改革,县财政局,县人社局,李四,2024年9月底前,序时推进,50%\n");

        var summary = await f.IngestAsync();

        Assert.Equal(
            [("县发改局", FileOutcome.Ingested, 2), ("县财政局", FileOutcome.Ingested, 1)],
            summary.Files.Select(r => (r.Unit, r.Outcome, r.Rows)).OrderBy(r => r.Unit, StringComparer.Ordinal));
        Assert.Equal(
            [["推进A改革", 70.0, "县发改局2024年6月改革任务台账.csv"], ["推进B改革", 45.0, "县发改局2024年6月改革任务台账.csv"], ["推进C改革", 50.0, "县财政局2024年6月改革任务台账.csv"]],
            await f.QueryAsync("SELECT task_name, progress_pct, source_file FROM snapshots ORDER BY task_name"));
        Assert.Contains(summary.Issues, i => i.Message.StartsWith("文件名写明是“县财政局”的报送件，表中还有其他单位的任务（2行）", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnnamedOneUnitFile_BesideAnotherUnitsNamedReturn_IsMergedWithIt()
    {
        using var f = new IngestFixture();
        Write(f, "县发改局2024年6月改革任务台账.csv", Development);
        Write(f, "2024年6月改革任务台账.csv", Education);

        var summary = await f.IngestAsync();

        Assert.Equal(3, summary.RowsStored);
        Assert.Equal("2024年6月改革任务台账.csv", Path.GetFileName(Assert.Single(summary.Issues, i => i.Message.StartsWith("本文件没有写明单位", StringComparison.Ordinal)).File));
        Assert.Equal([["县发改局", 2L], ["县教育局", 1L]], await f.QueryAsync("SELECT lead_unit, count(*) FROM snapshots GROUP BY ALL ORDER BY lead_unit"));
    }

    [Fact]
    public async Task TwoUnnamedFilesOfTheSameOneUnit_AreOneLedgerSentTwice_TheCorrectionWins()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务台账.csv", Development);
        Write(f, "2024年6月改革任务台账（更正）.csv", Development.Replace("60%", "65%", StringComparison.Ordinal));

        var summary = await f.IngestAsync();

        Assert.Equal(2, summary.RowsStored);
        Assert.Equal("2024年6月改革任务台账.csv", Path.GetFileName(Assert.Single(summary.Files, r => r.Outcome == FileOutcome.Superseded).File));
        Assert.DoesNotContain(summary.Issues, i => i.Message.StartsWith("本文件没有写明单位", StringComparison.Ordinal));
        Assert.Equal(65.0, Assert.Single(await f.QueryAsync("SELECT progress_pct FROM snapshots WHERE task_name = '推进A改革'"))[0]);
    }

    private static string Late(IngestFixture f, string name, string text)
    {
        var late = Path.Combine(f.Input, "..", "late-" + Path.GetFileNameWithoutExtension(name));
        Directory.CreateDirectory(late);
        File.WriteAllText(Path.Combine(late, name), text, new UTF8Encoding(false));
        return late;
    }

    /// <summary>A row as text, lists spelled out item by item and dates as yyyy-MM-dd.</summary>
    private static string Key(object?[] row) => string.Join("|", row.Select(Cell));

    private static string Cell(object? value) => value switch
    {
        string text => text,
        System.Collections.IEnumerable items => string.Join("|", items.Cast<object?>().Select(Cell)),
        DateTime date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "NULL",
    };

    private static void Write(IngestFixture f, string name, string text) =>
        File.WriteAllText(Path.Combine(f.Input, name), text, new UTF8Encoding(false));
}
