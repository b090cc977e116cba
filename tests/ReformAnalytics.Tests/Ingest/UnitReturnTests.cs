using System.Text;
using ReformAnalytics.Ingest;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// Units' own returns (单位报送件) of one month: 县发改局 (2 tasks) and 县财政局 (1 task) send their rows of the
/// June 2024 overall ledger each in a file of its own; the month is their union, 3 rows. Before, the second file
/// replaced the first and one unit's rows were lost with only a warning.
/// </summary>
public sealed class UnitReturnTests
{
    private const string Header = "序号,改革任务,牵头单位,责任领导,完成时限,完成情况,完成进度\n";

    private const string Development = Header +
        "1,推进A改革,县发改局,张三,2024年9月底前,序时推进,60%\n" +
        "2,推进B改革,县发改局,张三,2024年12月底前,序时推进,40%\n";

    private const string Finance = Header + "1,推进C改革,县财政局,李四,2024年9月底前,序时推进,50%\n";

    private const string Education = Header + "1,推进D改革,县教育局,王五,2024年9月底前,滞后,20%\n";

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
        Write(f, "2024年6月改革任务总台账.csv", Development + "3,推进C改革,县财政局,李四,2024年9月底前,序时推进,50%\n");
        Write(f, "县教育局2024年6月改革任务台账.csv", Education);

        var summary = await f.IngestAsync();

        Assert.Equal(3, summary.RowsStored);
        var superseded = Assert.Single(summary.Files, r => r.Outcome == FileOutcome.Superseded);
        Assert.Equal("县教育局2024年6月改革任务台账.csv", Path.GetFileName(superseded.File));
        Assert.Contains("另有整本台账“2024年6月改革任务总台账.csv”", superseded.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALaterUnitsReturnAlone_IsRefused_NothingLost_ThenTakenWithTheOthers()
    {
        using var f = new IngestFixture();
        Write(f, "县发改局2024年6月改革任务台账.csv", Development);
        Write(f, "县财政局2024年6月改革任务台账.csv", Finance);
        await f.IngestAsync();
        var before = await f.DatabaseFingerprintAsync();
        var lakeBefore = f.LakeFingerprint();
        var late = Path.Combine(f.Input, "..", "late");
        Directory.CreateDirectory(late);
        File.WriteAllText(Path.Combine(late, "县教育局2024年6月改革任务台账.csv"), Education, new UTF8Encoding(false));

        var refused = await f.IngestAsync(null, late);

        // Alone, 县教育局's return would replace the month and lose 县发改局's and 县财政局's 3 rows.
        Assert.Null(refused.RunId);
        var report = Assert.Single(refused.Files);
        Assert.Equal(FileOutcome.Refused, report.Outcome);
        Assert.Contains("2024年6月改革任务总台账已入库的数据中还有县发改局、县财政局的任务，而本次只收到县教育局的报送件", report.Message, StringComparison.Ordinal);
        Assert.StartsWith("文件“县教育局2024年6月改革任务台账.csv”", report.Message, StringComparison.Ordinal);
        Assert.Equal(before, await f.DatabaseFingerprintAsync());
        Assert.Equal(lakeBefore, f.LakeFingerprint());

        // With the month's other returns, as the message asks: 2 + 1 + 1 = 4 rows.
        File.Copy(Path.Combine(late, "县教育局2024年6月改革任务台账.csv"), Path.Combine(f.Input, "县教育局2024年6月改革任务台账.csv"));
        var together = await f.IngestAsync();
        Assert.Equal(4, together.RowsStored);
        var units = await f.QueryAsync("SELECT string_agg(lead_unit, '、' ORDER BY lead_unit) FROM (SELECT DISTINCT lead_unit FROM snapshots)");
        Assert.Equal("县发改局、县教育局、县财政局", Assert.Single(units)[0]);
    }

    private static void Write(IngestFixture f, string name, string text) =>
        File.WriteAllText(Path.Combine(f.Input, name), text, new UTF8Encoding(false));
}
