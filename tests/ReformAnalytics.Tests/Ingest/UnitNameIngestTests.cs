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

    private static string UnitsFile(IngestFixture f)
    {
        var path = Path.Combine(f.Input, "..", "单位名称对照表.yaml");
        File.WriteAllText(path, Units, new UTF8Encoding(false));
        return path;
    }

    private static void Write(IngestFixture f, string name, string text) =>
        File.WriteAllText(Path.Combine(f.Input, name), text, new UTF8Encoding(false));
}
