using System.Text;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Cli;

/// <summary>
/// The `reform` commands end to end, in process, on two hand-made monthly returns of the overall ledger:
/// <list type="bullet">
/// <item>2023-12: 数字乡村试点 (县农业局, 2023年12月底前, 滞后, 30%) and 营商环境改革 (县发改局, 2024年6月底前, 序时推进, 60%);</item>
/// <item>2024-01: 营商环境改革 only (65%). 数字乡村试点 was left unfinished at the year's end and is not in the new
/// ledger: in January it is a 上年结转事项 of 县农业局, and 县农业局 has nothing else in January.</item>
/// </list>
/// </summary>
public sealed class CommandLineTests
{
    private const string Header = "序号,改革任务,牵头单位,责任领导,完成时限,完成情况,完成进度\n";

    private const string December = Header +
        "1,数字乡村试点,县农业局,张三,2023年12月底前,滞后,30%\n" +
        "2,营商环境改革,县发改局,李四,2024年6月底前,序时推进,60%\n";

    private const string January = Header +
        "1,营商环境改革,县发改局,李四,2024年6月底前,序时推进,65%\n";

    [Fact]
    public async Task ValidateAndIngest_ListWhatEachFileWasTakenAs_WithTheArchiveItCameFrom()
    {
        using var folder = new TempFolder("reform-cli-files");
        var inbox = folder.File("inbox");
        Directory.CreateDirectory(Path.Combine(inbox, "2024年6月改革任务总台账"));
        File.WriteAllText(Path.Combine(inbox, "2024年6月改革任务总台账", "县发改局.csv"), Ingest.JuneReturns.Development, new UTF8Encoding(false));
        TestZip.Write(Path.Combine(inbox, "2024年7月改革任务总台账报送.zip"), TestZip.Gbk(), [("县财政局.csv", Ingest.JuneReturns.Finance)]);
        // August's whole ledger: two units' tasks, no unit named.
        File.WriteAllText(Path.Combine(inbox, "2024年8月改革任务总台账.csv"), December, new UTF8Encoding(false));

        var (checkedExit, checkedOutput) = await CliRun.RunAsync("validate", inbox, "--xlsx", folder.File("问题清单.xlsx"));

        Assert.Equal(0, checkedExit);
        Assert.Equal(
            [
                ["2024年6月改革任务总台账/县发改局.csv", "改革任务总台账", "2024年6月", "县发改局报送件", "2", "0", "可入库"],
                ["县财政局.csv（压缩包“2024年7月改革任务总台账报送.zip”中）", "改革任务总台账", "2024年7月", "县财政局报送件", "1", "0", "可入库"],
                ["2024年8月改革任务总台账.csv", "改革任务总台账", "2024年8月", "整本台账", "2", "0", "可入库"],
            ],
            FileRows(checkedOutput));

        var (exit, output) = await CliRun.RunAsync("ingest", inbox, "--db", folder.File("reform.duckdb"), "--lake", folder.File("lake"));

        Assert.Equal(0, exit);
        Assert.Equal(
            [
                ["2024年6月改革任务总台账/县发改局.csv", "改革任务总台账", "2024年6月", "县发改局报送件", "2", "0", "已入库"],
                ["县财政局.csv（压缩包“2024年7月改革任务总台账报送.zip”中）", "改革任务总台账", "2024年7月", "县财政局报送件", "1", "0", "已入库"],
                ["2024年8月改革任务总台账.csv", "改革任务总台账", "2024年8月", "整本台账", "2", "0", "已入库"],
            ],
            FileRows(output));
    }

    [Fact]
    public async Task Validate_WithTheDatabase_SaysWhatIngestWouldDoWithEachFile_StoresNothing_AndIngestThenDoesIt()
    {
        using var folder = new TempFolder("reform-cli-preview");
        var stored = folder.File("stored");
        Directory.CreateDirectory(Path.Combine(stored, "2024年6月改革任务总台账"));
        // Stored first: May (whole, 2 rows), June (县发改局's return, 2 rows), July (县财政局's return, 1 row), August (whole, 2 rows).
        File.WriteAllText(Path.Combine(stored, "2024年5月改革任务总台账.csv"), December, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(stored, "2024年6月改革任务总台账", "县发改局.csv"), Ingest.JuneReturns.Development, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(stored, "2024年7月改革任务总台账（县财政局）.csv"), Ingest.JuneReturns.Finance, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(stored, "2024年8月改革任务总台账.csv"), December, new UTF8Encoding(false));
        var db = await IngestedAsync(folder, stored);
        var inbox = folder.File("inbox");
        Directory.CreateDirectory(Path.Combine(inbox, "2024年6月改革任务总台账"));
        // May corrected: both units' tasks, 数字乡村试点 at 40% instead of 30%.
        File.WriteAllText(Path.Combine(inbox, "2024年5月改革任务总台账（更正）.csv"), December.Replace("30%", "40%", StringComparison.Ordinal), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(inbox, "2024年6月改革任务总台账", "县财政局.csv"), Ingest.JuneReturns.Finance, new UTF8Encoding(false));
        // July names no unit and holds only 县发改局's tasks, while 县财政局's are stored: it is 县发改局's return.
        File.WriteAllText(Path.Combine(inbox, "2024年7月改革任务总台账.csv"), Ingest.JuneReturns.Development, new UTF8Encoding(false));
        File.Copy(Path.Combine(stored, "2024年8月改革任务总台账.csv"), Path.Combine(inbox, "2024年8月改革任务总台账.csv"));
        File.WriteAllText(Path.Combine(inbox, "2024年9月改革任务总台账.csv"), December, new UTF8Encoding(false));
        var before = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(db)));

        var (checkedExit, checkedOutput) = await CliRun.RunAsync("validate", inbox, "--db", db, "--xlsx", folder.File("问题清单.xlsx"));

        Assert.Equal(0, checkedExit);
        Assert.Equal(before, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(db))));
        Assert.Contains("检查完成：文件5个，台账表4张，另有1张与已入库的相同。", checkedOutput, StringComparison.Ordinal);
        Assert.Equal(
            [
                ["2024年5月改革任务总台账（更正）.csv", "改革任务总台账", "2024年5月", "整本台账", "2", "0", "可入库"],
                ["2024年6月改革任务总台账/县财政局.csv", "改革任务总台账", "2024年6月", "县财政局报送件", "1", "0", "可入库"],
                ["2024年7月改革任务总台账.csv", "改革任务总台账", "2024年7月", "县发改局报送件", "2", "0", "可入库"],
                ["2024年8月改革任务总台账.csv", "改革任务总台账", "2024年8月", "整本台账", "2", "0", "已入库，未变"],
                ["2024年9月改革任务总台账.csv", "改革任务总台账", "2024年9月", "整本台账", "2", "0", "可入库"],
            ],
            FileRows(checkedOutput));
        var notes = checkedOutput.ReplaceLineEndings("\n").Split('\n').Where(l => l.Contains('↳', StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        Assert.Equal(
            [
                "↳ 2024年5月改革任务总台账（更正）.csv：入库时将替换已入库的2024年5月改革任务总台账（已入库2行）。",
                "↳ 县财政局.csv：入库时将并入2024年6月改革任务总台账：替换县财政局的任务，保留已入库的县发改局的2行。",
                "↳ 2024年7月改革任务总台账.csv：入库时将并入2024年7月改革任务总台账：替换县发改局的任务，保留已入库的县财政局的1行。",
                "↳ 2024年9月改革任务总台账.csv：入库时将新增2024年9月改革任务总台账（数据库中还没有这个月份）。",
            ],
            notes);
        Assert.Contains("入库时将按县发改局的报送件并入：只替换县发改局的任务", checkedOutput, StringComparison.Ordinal);

        var (exit, output) = await CliRun.RunAsync("ingest", inbox, "--db", db, "--lake", folder.File("lake"));

        Assert.Equal(0, exit);
        Assert.Equal(
            [
                ["2024年5月改革任务总台账（更正）.csv", "改革任务总台账", "2024年5月", "整本台账", "2", "0", "已入库"],
                ["2024年6月改革任务总台账/县财政局.csv", "改革任务总台账", "2024年6月", "县财政局报送件", "1", "0", "已入库"],
                ["2024年7月改革任务总台账.csv", "改革任务总台账", "2024年7月", "县发改局报送件", "2", "0", "已入库"],
                ["2024年9月改革任务总台账.csv", "改革任务总台账", "2024年9月", "整本台账", "2", "0", "已入库"],
            ],
            FileRows(output));
        var (_, months) = await CliRun.RunAsync("sql", "--db", db, "--format", "csv",
            "SELECT strftime(report_month, '%m') AS m, string_agg(lead_unit || ':' || progress_pct, '+' ORDER BY lead_unit, progress_pct) AS units FROM snapshots GROUP BY ALL ORDER BY m");
        Assert.Equal("m,units\n05,县农业局:40.0+县发改局:60.0\n06,县发改局:40.0+县发改局:60.0+县财政局:50.0\n07,县发改局:40.0+县发改局:60.0+县财政局:50.0\n08,县农业局:30.0+县发改局:60.0\n09,县农业局:30.0+县发改局:60.0\n", months.ReplaceLineEndings("\n"));
    }

    private static List<string[]> FileRows(string output) =>
        [.. output.ReplaceLineEndings("\n").Split('\n').Where(l => l.Contains(".csv", StringComparison.Ordinal) && l.Contains('│')).Select(l => Cells(l).ToArray())];

    [Fact]
    public async Task Ingest_TwoMonths_StoresEveryRow_AndSqlReadsThemBack()
    {
        using var folder = Returns(out var inbox);
        var db = folder.File("reform.duckdb");

        var (exit, output) = await CliRun.RunAsync("ingest", inbox, "--db", db, "--lake", folder.File("lake"));

        Assert.Equal(0, exit);
        Assert.Contains("入库台账表2张", output, StringComparison.Ordinal);
        // 3 rows; task ids never carry across years, so 营商环境改革 is one task in 2023 and another in 2024: 3 tasks.
        Assert.Contains("快照3行，任务3项。", output, StringComparison.Ordinal);
        Assert.Contains("问题：错误0条，提醒0条。", output, StringComparison.Ordinal);

        var (sqlExit, csv) = await CliRun.RunAsync("sql", "--db", db, "--format", "csv",
            "SELECT strftime(report_month, '%Y-%m') AS m, task_name, lead_unit, progress_pct, status FROM snapshots ORDER BY report_month, source_row");

        Assert.Equal(0, sqlExit);
        Assert.Equal(
            "m,task_name,lead_unit,progress_pct,status\n" +
            "2023-12,数字乡村试点,县农业局,30,behind\n" +
            "2023-12,营商环境改革,县发改局,60,on_track\n" +
            "2024-01,营商环境改革,县发改局,65,on_track\n",
            csv.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Ingest_WithARefusedFile_ExitsOne_NamesIt_AndStoresNothing()
    {
        using var folder = Returns(out var inbox);
        File.WriteAllBytes(Path.Combine(inbox, "2024年2月改革任务总台账.csv"), []);
        // March's second row has no task: an error that keeps that row out, besides the empty file that refuses the run.
        File.WriteAllText(Path.Combine(inbox, "2024年3月改革任务总台账.csv"), Header +
            "1,营商环境改革,县发改局,李四,2024年6月底前,序时推进,70%\n" +
            "2,,县农业局,张三,2024年6月底前,序时推进,50%\n", new UTF8Encoding(false));
        var db = folder.File("reform.duckdb");

        var (exit, output) = await CliRun.RunAsync("ingest", inbox, "--db", db, "--lake", folder.File("lake"));

        Assert.Equal(1, exit);
        Assert.Contains("有1个文件（或工作表）无法入库，本次入库未保存任何数据", output, StringComparison.Ordinal);
        Assert.Contains("2024年2月改革任务总台账.csv", output, StringComparison.Ordinal);
        Assert.Contains("问题：错误2条（1条使文件或工作表被拒收，1条使该行未入库），提醒0条。", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("lake")) && Directory.EnumerateFiles(folder.File("lake"), "*.parquet", SearchOption.AllDirectories).Any());
        if (File.Exists(db))
        {
            var (_, count) = await CliRun.RunAsync("sql", "--db", db, "--format", "csv", "SELECT count(*) AS n FROM snapshots");
            Assert.Equal("n\n0\n", count.ReplaceLineEndings("\n"));
        }
    }

    [Fact]
    public async Task Ingest_WithUnits_SavesTheTable_AndTheNextRunSaysItGoesByIt()
    {
        using var folder = Returns(out var inbox);
        var db = folder.File("reform.duckdb");
        var units = folder.File("单位名称对照表.yaml");
        File.WriteAllText(units, "县发改局: [县发展和改革局]\n", new UTF8Encoding(false));

        var (exit, output) = await CliRun.RunAsync("ingest", inbox, "--db", db, "--lake", folder.File("lake"), "--units", units);
        Assert.Equal(0, exit);
        Assert.Contains("单位名称对照表：单位名称对照表.yaml（1个单位）已保存到数据湖，以后导入不加 --units 也按它统一单位名称。", output, StringComparison.Ordinal);

        // February's return spells 县发改局 in full; the run is not given the table.
        WriteFebruaryInFullSpelling(inbox);
        var (nextExit, next) = await CliRun.RunAsync("ingest", inbox, "--db", db, "--lake", folder.File("lake"));

        Assert.Equal(0, nextExit);
        Assert.Contains("单位名称对照表：沿用数据湖中保存的对照表（单位名称对照表.yaml，1个单位，批次r000001保存）。", next, StringComparison.Ordinal);
        var (_, csv) = await CliRun.RunAsync("sql", "--db", db, "--format", "csv", "SELECT DISTINCT lead_unit FROM snapshots WHERE report_month = DATE '2024-02-01'");
        Assert.Equal("lead_unit\n县发改局\n", csv.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Units_ListsTwoSpellingsOfOneUnit_AndWritesADraftTable()
    {
        using var folder = Returns(out var inbox);
        var db = folder.File("reform.duckdb");
        WriteFebruaryInFullSpelling(inbox);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", inbox, "--db", db, "--lake", folder.File("lake"))).Exit);
        var draft = folder.File("单位名称对照表.yaml");

        var (exit, output) = await CliRun.RunAsync("units", "--db", db, "--out", draft);

        // 县发改局: December and January, 2 rows; 县发展和改革局: February, 1 row.
        Assert.Equal(0, exit);
        Assert.Contains("尚未保存单位名称对照表", output, StringComparison.Ordinal);
        Assert.Contains("可能是同一单位的不同写法（1组，按名称推测，请核对；", output, StringComparison.Ordinal);
        Assert.Contains("县发改局 牵头2行（2023年12月—2024年1月）", output, StringComparison.Ordinal);
        Assert.Contains("县发展和改革局 牵头1行（2024年2月）", output, StringComparison.Ordinal);
        Assert.Contains("# 县发改局: [县发展和改革局]    # 县发改局 牵头2行（2023年12月—2024年1月）；县发展和改革局 牵头1行（2024年2月）", File.ReadAllText(draft), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_TheConfirmedDraftAlone_RenamesTheStoredMonth_AndUnitsHasNothingLeftToAsk()
    {
        var (folder, db, lake, draft) = await DraftedAsync();
        using var _ = folder;
        File.WriteAllText(draft, File.ReadAllText(draft).Replace("# 县发改局: [县发展和改革局]", "县发改局: [县发展和改革局]", StringComparison.Ordinal), new UTF8Encoding(false));

        // No files: the office confirms the suggestion, and February's one row (营商环境改革) takes the table's name.
        var (exit, output) = await CliRun.RunAsync("ingest", "--db", db, "--lake", lake, "--units", draft);

        Assert.Equal(0, exit);
        Assert.Contains("保存完成（批次r000002）：本次没有导入文件。", output, StringComparison.Ordinal);
        Assert.Contains("已入库的1个月份仍有对照表改过名的单位，已按对照表改名重存（共1行）：", output, StringComparison.Ordinal);
        Assert.Contains("按单位名称对照表改名重存2024年2月改革任务总台账（1行，任务编号不变）：“县发展和改革局”改为“县发改局”。", output, StringComparison.Ordinal);
        var (_, csv) = await CliRun.RunAsync("sql", "--db", db, "--format", "csv", "SELECT DISTINCT lead_unit FROM snapshots WHERE report_month = DATE '2024-02-01'");
        Assert.Equal("lead_unit\n县发改局\n", csv.ReplaceLineEndings("\n"));
        var (_, units) = await CliRun.RunAsync("units", "--db", db);
        Assert.Contains("已入库的牵头单位和配合单位中未发现可能是同一单位的不同写法。", units, StringComparison.Ordinal);
        Assert.DoesNotContain("仍以对照表保存前的写法", units, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_TheDraftPassedUnchecked_IsRefused_SayingToUncommentIt_AndNothingChanges()
    {
        var (folder, db, lake, draft) = await DraftedAsync();
        using var _ = folder;
        async Task<string> StateAsync() => (await CliRun.RunAsync("sql", "--db", db, "--format", "csv", "SELECT (SELECT count(*) FROM ingest_log) || '/' || (SELECT count(*) FROM unit_names) || '/' || (SELECT string_agg(DISTINCT lead_unit, '|' ORDER BY lead_unit) FROM snapshots) AS state")).Output;
        var before = await StateAsync();

        // Every suggestion of the draft is still a comment: taken as it is, the table would be empty.
        var (exit, output) = await CliRun.RunAsync("ingest", "--db", db, "--lake", lake, "--units", draft);

        Assert.Equal(1, exit);
        Assert.Contains("单位名称对照表中没有任何单位：如是 reform units 生成的草稿，其中的建议都还是注释，请逐条核对后去掉行首的“#”再导入。如确要清除已保存的对照表，请在文件中只写 {}。", output.ReplaceLineEndings(string.Empty), StringComparison.Ordinal);
        Assert.Contains("单位名称对照表.yaml", output, StringComparison.Ordinal);
        var after = await StateAsync();
        Assert.Equal(before, after);
        Assert.Equal("state\n3/0/县农业局|县发展和改革局|县发改局\n", after.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Notices_NewYearsFirstMonth_ShowTheDroppedColumn_OnlyThen()
    {
        using var folder = Returns(out var inbox);
        var db = await IngestedAsync(folder, inbox);

        var (exit, january) = await CliRun.RunAsync("notices", "--db", db, "--month", "2024-01", "--out", folder.File("jan"));

        // January: 营商环境改革 at 65% is ahead of its plan (1 of 6 months gone) and carried; 县农业局's only
        // item is 数字乡村试点, dropped -> one notice: 0 tasks, 0 missing returns, 1 dropped.
        Assert.Equal(0, exit);
        Assert.Contains("上年未列入", january, StringComparison.Ordinal);
        var row = Assert.Single(january.Split('\n'), l => l.Contains("县农业局", StringComparison.Ordinal));
        Assert.Equal(["县农业局", "0", "0", "1"], Cells(row).Take(4));
        Assert.DoesNotContain("县发改局", january, StringComparison.Ordinal);
        Assert.Contains("督办单1份", january, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(folder.File("jan"), "*.docx"));

        var (_, december) = await CliRun.RunAsync("notices", "--db", db, "--month", "2023-12", "--out", folder.File("dec"));

        // December: 数字乡村试点 is due that day at 30%, planned 100% -> 70 points behind -> 县农业局, 1 task.
        // 营商环境改革: 364 of 546 days of 2023-01-01..2024-06-30 gone, planned 66.7%, actual 60% -> 6.7 points, under
        // the amber line of 10 -> not listed. No column for last year's tasks outside a new year's first month.
        var december1 = Assert.Single(december.Split('\n'), l => l.Contains("县农业局", StringComparison.Ordinal));
        Assert.Equal(["县农业局", "1", "0"], Cells(december1).Take(3));
        Assert.DoesNotContain("县发改局", december, StringComparison.Ordinal);
        Assert.DoesNotContain("上年未列入", december, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_AStatusPhraseNotKnown_IsNamedInWordsWithoutColumnNames()
    {
        using var folder = new TempFolder("reform-cli");
        var inbox = folder.File("inbox");
        Directory.CreateDirectory(inbox);
        File.WriteAllText(Path.Combine(inbox, "2024年6月改革任务总台账.csv"), Header + "1,营商环境改革,县发改局,李四,2024年6月底前,基本完成,90%\n", new UTF8Encoding(false));

        var (_, output) = await CliRun.RunAsync("ingest", inbox, "--db", folder.File("reform.duckdb"), "--lake", folder.File("lake"));

        Assert.Contains("未能识别的状态说法（状态记为“未识别”，单位填报的原文照录）：“基本完成”×1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("status_text", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report", "--quarter", "2024Q5", "--quarter 的季度只能是 Q1—Q4，收到“2024Q5”：没有第5季度。")]
    [InlineData("lists", "--quarter", "2024Q0", "--quarter 的季度只能是 Q1—Q4，收到“2024Q0”：没有第0季度。")]
    [InlineData("metrics", "--as-of", "2024-13", "--as-of 的月份只能是01—12，收到“2024-13”：没有13月。")]
    [InlineData("metrics", "--as-of", "2024-00", "--as-of 的月份只能是01—12，收到“2024-00”：没有0月。")]
    [InlineData("metrics", "--as-of", "24-06", "--as-of 的格式是 YYYY-MM（如2024-06），收到“24-06”。")]
    [InlineData("report", "--quarter", "2024-Q2", "--quarter 的格式是2024Q2，收到“2024-Q2”。")]
    public async Task PeriodInTheRightFormThatDoesNotExist_IsSaidToNotExist_NotToBeInTheWrongFormat(string command, string option, string value, string message)
    {
        var (exit, output) = await CliRun.RunAsync(command, "--db", "x.duckdb", option, value, "--out", "x");

        Assert.Equal(2, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_AsOfWithAOneDigitMonth_IsRead()
    {
        using var folder = Returns(out var inbox);
        var db = await IngestedAsync(folder, inbox);

        // 2024-1 is January, the month of the one task 营商环境改革 (as --quarter takes 2024q1 in lower case).
        var (exit, output) = await CliRun.RunAsync("metrics", "--db", db, "--as-of", "2024-1", "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Contains("2024-01", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sql", "--help")]
    [InlineData("report", "-h")]
    [InlineData("sql", "--db", "x.duckdb", "--help")]
    public async Task CommandHelp_PrintsThatCommandsUsage_AndExitsZero(params string[] args)
    {
        var (exit, output) = await CliRun.RunAsync(args);

        Assert.Equal(0, exit);
        Assert.Contains("用法：reform " + args[0], output, StringComparison.Ordinal);
        Assert.DoesNotContain("不认识的选项", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sql_DotTablesAsTheOneQuery_ListsTheTables_AndDotQuitSaysItIsForThePrompt()
    {
        using var folder = Returns(out var inbox);
        var db = await IngestedAsync(folder, inbox);

        var (exit, tables) = await CliRun.RunAsync("sql", "--db", db, "--format", "csv", ".tables");
        var (quitExit, quit) = await CliRun.RunAsync("sql", "--db", db, ".quit");

        Assert.Equal(0, exit);
        Assert.Contains("\nsnapshots,", tables.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(2, quitExit);
        Assert.Contains("“.quit”只在交互模式中使用", quit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ExitsTwo_WithTheHelp()
    {
        var (exit, output) = await CliRun.RunAsync("ingets");

        Assert.Equal(2, exit);
        Assert.Contains("没有“ingets”这个命令。", output, StringComparison.Ordinal);
        Assert.Contains("ingest", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sql_AQueryInError_IsExplainedInPlainWords_WithTheDatabasesOwnMessageBelow()
    {
        using var folder = Returns(out var inbox);
        var db = await IngestedAsync(folder, inbox);

        var (typoExit, typo) = await CliRun.RunAsync("sql", "--db", db, "SELEC 1");
        var (deleteExit, delete) = await CliRun.RunAsync("sql", "--db", db, "DELETE FROM snapshots");

        Assert.Equal(1, typoExit);
        // A word near the error is a misspelt keyword or name: the advice is about spelling, not brackets.
        Assert.Contains("查询出错：SQL 写法有误，问题出在“SELEC”附近。请检查关键字（SELECT、FROM、WHERE 等）和表名、列名的拼写，以及前后的逗号。", typo, StringComparison.Ordinal);
        Assert.Contains("数据库原文：Parser Error: syntax error at or near \"SELEC\"", typo, StringComparison.Ordinal);
        Assert.Equal(1, deleteExit);
        Assert.Contains("查询出错：本命令只能查询数据，不能新增、修改或删除（这条语句是 DELETE）：数据库以只读方式打开。", delete, StringComparison.Ordinal);
        var (_, count) = await CliRun.RunAsync("sql", "--db", db, "--format", "csv", "SELECT count(*) AS n FROM snapshots");
        Assert.Equal("n\n3\n", count.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Sql_ThePrompt_RunsEachQueryEndedBySemicolon_AndGoesOnAfterAnError()
    {
        using var folder = Returns(out var inbox);
        var db = await IngestedAsync(folder, inbox);
        const string typed = "SELECT count(*) AS rows_stored FROM snapshots;\nSELECT * FROM no_such_table;\nSELECT lead_unit\nFROM snapshots WHERE progress_pct = 65;\n.quit\nSELECT 1;\n";

        var (exit, output) = await CliRun.RunWithInputAsync(typed, "sql", "--db", db, "--format", "csv");

        Assert.Equal(0, exit);
        var lines = output.ReplaceLineEndings("\n");
        // 3 rows stored (two in December, one in January); the query over two lines gives January's 县发改局 (65%).
        Assert.Contains("rows_stored\n3\n", lines, StringComparison.Ordinal);
        Assert.Contains("查询出错：找不到名为“no_such_table”的表或视图。输入 .tables 可列出可以查询的表和视图；", lines, StringComparison.Ordinal);
        Assert.Contains("lead_unit\n县发改局\n", lines, StringComparison.Ordinal);
        // Nothing after .quit runs.
        Assert.DoesNotContain("\n1\n", lines, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sql_DotCommands_AtThePrompt_AreAnsweredAtOnce_AndAnUnknownOneDoesNotWaitForASemicolon()
    {
        using var folder = Returns(out var inbox);
        var db = await IngestedAsync(folder, inbox);
        const string typed = ".help\n.schema SNAPSHOTS\n.schema no_such_table\n.foo\nSELECT count(*) AS rows_stored FROM snapshots;\n.quit\n";

        var (exit, output) = await CliRun.RunWithInputAsync(typed, "sql", "--db", db, "--format", "csv");

        Assert.Equal(0, exit);
        var lines = output.ReplaceLineEndings("\n");
        Assert.Contains(".schema 名称    列出某个表或视图的列、类型、中文名和含义", lines, StringComparison.Ordinal);
        // .schema in any case: snapshots' columns in order, as a table (task_id second, after ledger).
        // Each with its 中文 and the first clause of its meaning from docs/schema.md (SchemaLabelsTests).
        Assert.Matches(@"│ ledger\s+│ VARCHAR\s+│ 台账类别\s+│ [^\n]+\n│ task_id\s+│ VARCHAR\s+│ 任务编号\s+│ stable identity", lines);
        Assert.Contains("没有名为“no_such_table”的表或视图（输入 .tables 列出全部）", lines, StringComparison.Ordinal);
        Assert.Contains("不认识的命令“.foo”。可用的命令：", lines, StringComparison.Ordinal);
        // Before, .foo began a query and the count below was read as its continuation: an error, not 3 rows.
        Assert.Contains("rows_stored\n3\n", lines, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sql_OneDotCommand_AsTheQuery_IsRunOrRefused()
    {
        using var folder = Returns(out var inbox);
        var db = await IngestedAsync(folder, inbox);

        var (helpExit, help) = await CliRun.RunAsync("sql", "--db", db, ".help");
        var (fooExit, foo) = await CliRun.RunAsync("sql", "--db", db, ".foo");
        var (oneExit, one) = await CliRun.RunAsync("sql", "--db", db, "SELECT 1 AS x");

        Assert.Equal((0, 1, 0), (helpExit, fooExit, oneExit));
        Assert.Contains(".tables         列出可以查询的表和视图", help, StringComparison.Ordinal);
        Assert.Contains("不认识的命令“.foo”", foo, StringComparison.Ordinal);
        Assert.Contains("│ 1 │", one, StringComparison.Ordinal); // a one-cell column (it threw)
    }

    [Fact]
    public async Task Sql_AQueryPastItsTimeLimit_IsCancelledWithHowToAllowLonger_AndThePromptGoesOn()
    {
        // range(100000000) × range(100000) is 10^13 pairs, none with a sum of -1: far past one second. The next query at
        // the prompt still runs: the 3 rows stored (two in December, one in January).
        using var folder = Returns(out var inbox);
        var db = await IngestedAsync(folder, inbox);
        const string runaway = "SELECT count(*) FROM range(100000000) a, range(100000) b WHERE a.range + b.range = -1";
        const string message = "查询运行超过1秒仍未完成，已取消。可缩小范围（加 WHERE 条件、避免没有连接条件的多表连接）后再试；确需更长时间的，运行 reform sql 时加 --timeout 秒数（如 --timeout 600；--timeout 0 表示不限时）。";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var (oneExit, one) = await CliRun.RunAsync("sql", "--db", db, "--timeout", "1", runaway);
        var (promptExit, prompt) = await CliRun.RunWithInputAsync(runaway + ";\nSELECT count(*) AS rows_stored FROM snapshots;\n", "sql", "--db", db, "--format", "csv", "--timeout", "1");

        watch.Stop();
        Assert.Equal((1, 0), (oneExit, promptExit));
        Assert.Contains(message, one, StringComparison.Ordinal);
        Assert.Contains(message, prompt, StringComparison.Ordinal);
        Assert.Contains("单条查询最长1秒（--timeout 可改）", prompt, StringComparison.Ordinal);
        Assert.Contains("rows_stored\n3\n", prompt.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("十")]
    public async Task Sql_ATimeoutThatIsNotSeconds_ExitsTwo_SayingWhatItTakes(string timeout)
    {
        var (exit, output) = await CliRun.RunAsync("sql", "--db", "x.duckdb", "--timeout", timeout, "SELECT 1");

        Assert.Equal(2, exit);
        Assert.Contains("--timeout", output, StringComparison.Ordinal);
    }

    /// <summary>The returns in <paramref name="inbox"/> ingested into a database in <paramref name="folder"/>; its path.</summary>
    private static async Task<string> IngestedAsync(TempFolder folder, string inbox)
    {
        var db = folder.File("reform.duckdb");
        Assert.Equal(0, (await CliRun.RunAsync("ingest", inbox, "--db", db, "--lake", folder.File("lake"))).Exit);
        return db;
    }

    [Fact]
    public async Task Sql_BadFormat_ExitsTwo_NamingTheChoices()
    {
        var (exit, output) = await CliRun.RunAsync("sql", "--db", "x.duckdb", "--format", "xml", "SELECT 1");

        Assert.Equal(2, exit);
        Assert.Contains("不支持的输出格式“xml”，可选：table、csv、json。", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_AZippedReturn_IsUnpackedAndStored_AndTheSummarySaysFromWhichArchive()
    {
        using var folder = Returns(out var inbox);
        // February's return, zipped on a Chinese Windows (GBK names), named only for its unit; the archive says the month.
        TestZip.Write(Path.Combine(inbox, "2024年2月改革任务总台账（县发改局报送）.zip"), TestZip.Gbk(), [("县发改局.csv", Header + "1,营商环境改革,县发改局,李四,2024年6月底前,序时推进,70%\n")]);
        var db = folder.File("reform.duckdb");

        var (exit, output) = await CliRun.RunAsync("ingest", inbox, "--db", db, "--lake", folder.File("lake"));

        Assert.Equal(0, exit);
        Assert.Contains("已解压读取压缩包“2024年2月改革任务总台账（县发改局报送）.zip”中的1个文件：县发改局.csv。", output, StringComparison.Ordinal);
        Assert.Contains("快照4行", output, StringComparison.Ordinal);
        var (_, csv) = await CliRun.RunAsync("sql", "--db", db, "--format", "csv", "SELECT source_file, progress_pct FROM snapshots WHERE report_month = DATE '2024-02-01'");
        Assert.Equal("source_file,progress_pct\n县发改局.csv,70\n", csv.ReplaceLineEndings("\n"));
    }

    /// <summary>December to February ingested (February's lead unit spelled in full), and the draft of reform units written, its one suggestion a comment.</summary>
    private static async Task<(TempFolder Folder, string Db, string Lake, string Draft)> DraftedAsync()
    {
        var folder = Returns(out var inbox);
        var (db, lake, draft) = (folder.File("reform.duckdb"), folder.File("lake"), folder.File("单位名称对照表.yaml"));
        WriteFebruaryInFullSpelling(inbox);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", inbox, "--db", db, "--lake", lake)).Exit);
        Assert.Equal(0, (await CliRun.RunAsync("units", "--db", db, "--out", draft)).Exit);
        return (folder, db, lake, draft);
    }

    private static TempFolder Returns(out string inbox)
    {
        var folder = new TempFolder("reform-cli");
        inbox = folder.File("inbox");
        Directory.CreateDirectory(inbox);
        File.WriteAllText(Path.Combine(inbox, "2023年12月改革任务总台账.csv"), December, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(inbox, "2024年1月改革任务总台账.csv"), January, new UTF8Encoding(false));
        return folder;
    }

    /// <summary>February's return, 营商环境改革 at 70%, its lead unit spelled 县发展和改革局 (县发改局 before).</summary>
    private static void WriteFebruaryInFullSpelling(string inbox) =>
        File.WriteAllText(Path.Combine(inbox, "2024年2月改革任务总台账.csv"), Header + "1,营商环境改革,县发展和改革局,李四,2024年6月底前,序时推进,70%\n", new UTF8Encoding(false));

    /// <summary>The cells of a table row drawn with box characters, trimmed.</summary>
    private static IEnumerable<string> Cells(string line) =>
        line.Split(['│', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
