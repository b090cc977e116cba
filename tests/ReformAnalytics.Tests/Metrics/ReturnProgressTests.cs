using System.Text;
using DuckDB.NET.Data;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Tests.Ingest;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// 报送进度 of a month put together from units' own returns. August is a whole ledger of five tasks: 县发改局 任务甲 (60%),
/// 任务乙 (已完成, 100%) and 任务丙 (50%); 县财政局 任务丁 (40%); 县教育局 任务戊 (30%). September comes as returns: 县发改局's
/// with 任务甲 only, 县财政局's with 任务丁. So September owes the four tasks open in August (任务乙 was completed): 县发改局 sent
/// a return without 任务丙 (1 left out), 县教育局 sent nothing (1 task, 任务戊), 县财政局 is complete.
/// </summary>
public sealed class ReturnProgressTests
{
    private const string Header = "序号,改革任务,牵头单位,完成时限,完成情况,完成进度\n";

    private const string August = Header +
        "1,任务甲,县发改局,2024年12月底前,序时推进,60%\n" +
        "2,任务乙,县发改局,2024年8月底前,已完成,100%\n" +
        "3,任务丙,县发改局,2024年12月底前,序时推进,50%\n" +
        "4,任务丁,县财政局,2024年12月底前,序时推进,40%\n" +
        "5,任务戊,县教育局,2024年12月底前,序时推进,30%\n";

    // September's returns of 县发改局 (任务甲 only, 任务丙 left out) and of 县财政局 (任务丁); none from 县教育局.
    private static readonly (string File, string Text)[] TwoReturns =
    [
        ("县发改局2024年9月改革任务台账.csv", Header + "1,任务甲,县发改局,2024年12月底前,序时推进,70%\n"),
        ("县财政局2024年9月改革任务台账.csv", Header + "1,任务丁,县财政局,2024年12月底前,序时推进,50%\n"),
    ];

    [Fact]
    public async Task ReturnMergedIntoAWholeLedger_CountsOnlyTheUnitThatSentIt()
    {
        // September stored as a whole ledger (the five tasks again), then 县教育局's late return merged into it: one unit
        // sent a return, the other two units' tasks come from the office's ledger.
        using var f = new IngestFixture();
        Write(f, "2024年8月改革任务总台账.csv", August);
        Write(f, "2024年9月改革任务总台账.csv", August);
        Assert.False((await f.IngestAsync()).Refused);
        foreach (var file in Directory.GetFiles(f.Input))
        {
            File.Delete(file);
        }

        Write(f, "县教育局2024年9月改革任务台账.csv", Header + "1,任务戊,县教育局,2024年12月底前,序时推进,40%\n");
        Assert.False((await f.IngestAsync()).Refused);

        var progress = await ProgressAsync(f, new ReportMonth(2024, 9));

        Assert.Equal((1, 2), (progress.UnitsReturned, progress.UnitsFromWholeLedger));
        Assert.StartsWith("报送进度：2024年9月改革任务总台账已收到1个单位的报送件（另有2个单位的任务取自整本台账），", progress.Describe(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Each unit sends the office's whole template back under the template's name, kept in a folder named for the unit:
    /// each file stores only its unit's rows, all three under one file name. September then has three units' own returns
    /// (县发改局 任务甲乙丙, 县财政局 任务丁, 县教育局 任务戊) and none from a whole ledger; the four tasks open in August are
    /// all reported. 县财政局's 任务丁 goes down from 40% to 30%: the warning names the file with its folder, so the office
    /// knows which of the three files to send back.
    /// </summary>
    [Fact]
    public async Task TemplatesSentBackUnderOneName_InUnitFolders_AreEachUnitsOwnReturn_AndTheirWarningsNameTheFolder()
    {
        using var f = new IngestFixture();
        Write(f, "2024年8月改革任务总台账.csv", August);
        // Each unit updates its own rows only: 县发改局 任务甲 60% → 70%, 县财政局 任务丁 40% → 30%, 县教育局 任务戊 30% → 40%.
        foreach (var (unit, was, now) in new[] { ("县发改局", "1,任务甲,县发改局,2024年12月底前,序时推进,60%", "1,任务甲,县发改局,2024年12月底前,序时推进,70%"), ("县财政局", "4,任务丁,县财政局,2024年12月底前,序时推进,40%", "4,任务丁,县财政局,2024年12月底前,序时推进,30%"), ("县教育局", "5,任务戊,县教育局,2024年12月底前,序时推进,30%", "5,任务戊,县教育局,2024年12月底前,序时推进,40%") })
        {
            Directory.CreateDirectory(Path.Combine(f.Input, unit));
            File.WriteAllText(Path.Combine(f.Input, unit, "2024年9月改革任务台账.csv"), August.Replace(was, now, StringComparison.Ordinal), new UTF8Encoding(false));
        }

        var summary = await f.IngestAsync();
        Assert.False(summary.Refused);

        // Each unit's own rows from its own file: 甲 70 and 乙 100 and 丙 50 (县发改局), 丁 30 (县财政局), 戊 40 (县教育局).
        Assert.Equal(
            [["任务丁", 30.0], ["任务戊", 40.0], ["任务丙", 50.0], ["任务甲", 70.0], ["任务乙", 100.0]],
            await f.QueryAsync("SELECT task_name, progress_pct FROM snapshots WHERE report_month = DATE '2024-09-01' ORDER BY progress_pct"));
        Assert.Equal(3, summary.Issues.Count(i => i.Message.StartsWith("文件放在“县", StringComparison.Ordinal)));
        var progress = await ProgressAsync(f, new ReportMonth(2024, 9));
        Assert.Equal((3, 0), (progress.UnitsReturned, progress.UnitsFromWholeLedger));
        Assert.Equal("报送进度：2024年9月改革任务总台账已收到3个单位的报送件，应报送的单位都已报送。", progress.Describe());

        var down = Assert.Single(summary.Issues, i => i.Column == "完成进度");
        Assert.Equal((5, "30%"), (down.Row, down.Value));
        Assert.Equal("文件“县财政局/2024年9月改革任务台账.csv”，第5行，“完成进度”列，值“30%”：完成进度由上月的40%降为30%：请与牵头单位核实。", down.Describe());
    }

    /// <summary>
    /// The templates come in on different days. First 县发改局's (任务甲 60% → 70%): September is not stored, so it stands
    /// for the month. Then 县财政局's (任务丁 40% → 30%), under the same name in its own folder: it is 县财政局's return and
    /// replaces only 县财政局's rows, so 任务甲 keeps 县发改局's 70% (as a whole ledger it would have gone back to 60%).
    /// </summary>
    [Fact]
    public async Task TemplateInAUnitsFolder_ComingAfterItsMonthWasStored_IsMergedAsThatUnitsReturn()
    {
        using var f = new IngestFixture();
        Write(f, "2024年8月改革任务总台账.csv", August);
        Assert.False((await f.IngestAsync()).Refused);
        File.Delete(Path.Combine(f.Input, "2024年8月改革任务总台账.csv"));
        foreach (var (unit, was, now) in new[] { ("县发改局", "1,任务甲,县发改局,2024年12月底前,序时推进,60%", "1,任务甲,县发改局,2024年12月底前,序时推进,70%"), ("县财政局", "4,任务丁,县财政局,2024年12月底前,序时推进,40%", "4,任务丁,县财政局,2024年12月底前,序时推进,30%") })
        {
            foreach (var old in Directory.GetDirectories(f.Input))
            {
                Directory.Delete(old, recursive: true);
            }

            Directory.CreateDirectory(Path.Combine(f.Input, unit));
            File.WriteAllText(Path.Combine(f.Input, unit, "2024年9月改革任务台账.csv"), August.Replace(was, now, StringComparison.Ordinal), new UTF8Encoding(false));
            Assert.False((await f.IngestAsync()).Refused);
        }

        // 甲 70 and 乙 100 and 丙 50 from 县发改局's template, 丁 30 from 县财政局's, 戊 30 as 县发改局's template carried it.
        Assert.Equal(
            [["任务丁", 30.0], ["任务戊", 30.0], ["任务丙", 50.0], ["任务甲", 70.0], ["任务乙", 100.0]],
            await f.QueryAsync("SELECT task_name, progress_pct FROM snapshots WHERE report_month = DATE '2024-09-01' ORDER BY progress_pct, task_name"));
    }

    [Fact]
    public async Task ReturnsOfSeptember_NameTheUnitThatSentNothing_AndTheOneThatLeftATaskOut()
    {
        using var f = new IngestFixture();
        Write(f, "2024年8月改革任务总台账.csv", August);
        WriteAll(f.Input, TwoReturns);
        Assert.False((await f.IngestAsync()).Refused);

        var progress = await ProgressAsync(f, new ReportMonth(2024, 9));

        Assert.Equal(2, progress.UnitsReturned);
        Assert.True(progress.PreviousMonthStored);
        Assert.Equal([("县教育局", 1)], progress.NotReturned);
        Assert.Equal([("县发改局", 1)], progress.LeftOut);
        Assert.Equal(
            "报送进度：2024年9月改革任务总台账已收到2个单位的报送件；尚未报送1个单位：县教育局（应报1项）；报送件中少报任务1个单位：县发改局（1项）。明细见看板“报送情况”页或视图 return_progress。",
            progress.Describe());
    }

    [Fact]
    public async Task ReformIngest_PrintsTheProgressOfAMonthOfReturns_AfterItsSummary()
    {
        using var f = new IngestFixture();
        Write(f, "2024年8月改革任务总台账.csv", August);
        WriteAll(f.Input, TwoReturns);

        var (exit, output) = await Cli.CliRun.RunAsync("ingest", f.Input, "--db", f.Db, "--lake", f.Lake);

        Assert.Equal(0, exit);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal(
            ["报送进度：2024年9月改革任务总台账已收到2个单位的报送件；尚未报送1个单位：县教育局（应报1项）；报送件中少报任务1个单位：县发改局（1项）。明细见看板“报送情况”页或视图 return_progress。"],
            lines.Where(l => l.StartsWith("报送进度", StringComparison.Ordinal)));
        Assert.Contains("县发改局报送件", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReformValidateWithTheDatabase_PreviewsWhoWillStillOweAReturn_AndStoresNothing()
    {
        // August is stored (by reform ingest, which computes the metrics); the inbox holds September's returns of 县发改局
        // and 县财政局. Owed in September: the units with a task not completed in August, 县发改局 (任务甲, 任务丙), 县财政局
        // (任务丁) and 县教育局 (任务戊); 县教育局's is not in the inbox.
        using var f = new IngestFixture();
        Write(f, "2024年8月改革任务总台账.csv", August);
        Assert.Equal(0, (await Cli.CliRun.RunAsync("ingest", f.Input, "--db", f.Db, "--lake", f.Lake)).Exit);
        var inbox = Directory.CreateDirectory(Path.Combine(f.Input, "..", "9月报送")).FullName;
        WriteAll(inbox, TwoReturns);
        var before = await f.DatabaseFingerprintAsync();

        var (_, output) = await Cli.CliRun.RunAsync("validate", inbox, "--db", f.Db, "--xlsx", Path.Combine(inbox, "问题清单.xlsx"));

        Assert.Equal(
            ["报送进度（入库后）：2024年9月改革任务总台账将有2个单位的报送件；尚未收到1个单位的报送件：县教育局（应报1项）。"],
            output.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("报送进度", StringComparison.Ordinal)));
        Assert.Equal(before, await f.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task APreview_NamesAUnitSilentForASecondMonth()
    {
        // August stored whole; September from the returns of 县发改局 and 县财政局 (县教育局 sent nothing). The inbox holds
        // October's return of 县发改局 alone. Owed in October if not sent: 县财政局 (任务丁, open in September) and 县教育局
        // (任务戊, open in its last row, August: silent for a second month, it owes it again).
        using var f = new IngestFixture();
        Write(f, "2024年8月改革任务总台账.csv", August);
        WriteAll(f.Input, TwoReturns);
        Assert.Equal(0, (await Cli.CliRun.RunAsync("ingest", f.Input, "--db", f.Db, "--lake", f.Lake)).Exit);
        var inbox = Directory.CreateDirectory(Path.Combine(f.Input, "..", "10月报送")).FullName;
        WriteAll(inbox, [("县发改局2024年10月改革任务台账.csv", Header + "1,任务甲,县发改局,2024年12月底前,序时推进,80%\n")]);

        var (_, output) = await Cli.CliRun.RunAsync("validate", inbox, "--db", f.Db, "--xlsx", Path.Combine(inbox, "问题清单.xlsx"));

        Assert.Equal(
            ["报送进度（入库后）：2024年10月改革任务总台账将有1个单位的报送件；尚未收到2个单位的报送件：县教育局（应报1项）、县财政局（1项）。"],
            output.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("报送进度", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task APreview_NeedsTheMetricTables_AndSaysNothingWithoutThem()
    {
        using var f = new IngestFixture();
        Write(f, "2024年8月改革任务总台账.csv", August);
        Assert.False((await f.IngestAsync()).Refused);
        await using var connection = new DuckDBConnection("DataSource=" + f.Db);
        await connection.OpenAsync();

        Assert.Null(await ReturnProgress.PreviewAsync(connection, Ledger.Overall, new ReportMonth(2024, 9), ["县发改局"], CancellationToken.None));
    }

    [Fact]
    public async Task WhenEveryUnitOwingAReturnSentAll_ItSaysSo()
    {
        using var f = new IngestFixture();
        Write(f, "2024年8月改革任务总台账.csv", August);
        Write(f, "县发改局2024年9月改革任务台账.csv", Header + "1,任务甲,县发改局,2024年12月底前,序时推进,70%\n2,任务丙,县发改局,2024年12月底前,序时推进,60%\n");
        Write(f, "县财政局2024年9月改革任务台账.csv", Header + "1,任务丁,县财政局,2024年12月底前,序时推进,50%\n");
        Write(f, "县教育局2024年9月改革任务台账.csv", Header + "1,任务戊,县教育局,2024年12月底前,序时推进,40%\n");
        Assert.False((await f.IngestAsync()).Refused);

        var progress = await ProgressAsync(f, new ReportMonth(2024, 9));

        Assert.Equal("报送进度：2024年9月改革任务总台账已收到3个单位的报送件，应报送的单位都已报送。", progress.Describe());
    }

    [Fact]
    public async Task WithoutTheMonthBefore_OnlyTheCountIsGiven()
    {
        using var f = new IngestFixture();
        WriteAll(f.Input, TwoReturns.Take(1));
        Assert.False((await f.IngestAsync()).Refused);

        var progress = await ProgressAsync(f, new ReportMonth(2024, 9));

        Assert.False(progress.PreviousMonthStored);
        Assert.Equal("报送进度：2024年9月改革任务总台账已收到1个单位的报送件。2024年8月改革任务总台账未入库，无法列出尚未报送的单位。", progress.Describe());
    }

    private static async Task<ReturnProgress> ProgressAsync(IngestFixture f, ReportMonth month)
    {
        await using var connection = new DuckDBConnection("DataSource=" + f.Db);
        await connection.OpenAsync();
        await MetricViews.InstallAsync(connection, CancellationToken.None);
        return await ReturnProgress.QueryAsync(connection, Ledger.Overall, month, CancellationToken.None);
    }

    private static void Write(IngestFixture f, string name, string text) =>
        File.WriteAllText(Path.Combine(f.Input, name), text, new UTF8Encoding(false));

    private static void WriteAll(string folder, IEnumerable<(string File, string Text)> files)
    {
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), text, new UTF8Encoding(false));
        }
    }
}
