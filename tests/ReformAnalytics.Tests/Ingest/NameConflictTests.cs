using System.Text;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// A file whose own name says one month or ledger and whose title row another (a unit copied last month's file, or the
/// overall ledger's template for a pilot ledger). Before, the title won without a word, and a June file overwrote May.
/// Fixture: May's overall ledger stored (县发改局 40%); then "2024年6月改革任务总台账.csv" whose title still says （5月）.
/// </summary>
public sealed class NameConflictTests
{
    private const string Header = "序号,改革任务,牵头单位,完成时限,完成情况,完成进度\n";

    [Theory]
    [InlineData("2024年6月改革任务总台账.csv", "", "2024年全面深化改革任务台账（5月）", "2024-05", "2024-06")]
    [InlineData("2024年6月改革任务总台账.xlsx", "2024年5月", null, "2024-05", "2024-06")]
    [InlineData("2024年6月改革任务总台账.csv", "", "2024年全面深化改革任务台账（6月）", null, null)]   // the same month
    [InlineData("改革任务总台账.csv", "", "2024年全面深化改革任务台账（5月）", null, null)]           // the file says no month
    [InlineData("2024年1-6月改革任务总台账.xlsx", "6月", null, null, null)]                         // 1-6月 is June
    [InlineData("2024年6月改革任务总台账.csv", "", "2024年全面深化改革任务台账（截至7月10日）", null, null)]  // the return's as-of date
    public void MonthConflict_TableAndFileNames(string file, string sheet, string? title, string? table, string? fromFile)
    {
        var conflict = LedgerIdentity.MonthConflict(file, sheet, title);

        Assert.Equal((table, fromFile), (conflict?.Table.ToString(), conflict?.File.ToString()));
    }

    [Theory]
    [InlineData("2024年6月自选试点台账.csv", "", "2024年全面深化改革任务台账（6月）", Ledger.Overall, Ledger.LocalPilot)]
    [InlineData("2024年6月上级部署试点台账.xlsx", "总台账", null, Ledger.Overall, Ledger.AssignedPilot)]
    [InlineData("2024年6月改革任务台账.xlsx", "自选试点", null, null, null)]       // the file's name fits every ledger
    [InlineData("2024年6月自选试点台账.csv", "", "2024年自选试点任务推进情况（6月）", null, null)]
    public void LedgerConflict_OnlyWhereTheFileNamesOneLedgerAlone(string file, string sheet, string? title, Ledger? table, Ledger? fromFile)
    {
        var conflict = LedgerIdentity.LedgerConflict(file, sheet, title);

        Assert.Equal((table, fromFile), (conflict?.Table, conflict?.File));
    }

    [Theory]
    [InlineData("2024年6月改革任务总台账.csv", "2024年全面深化改革任务台账（截至2024年7月10日）", 6)]   // the file's month, not the as-of date's
    [InlineData("改革任务总台账.csv", "2024年全面深化改革任务台账（截至7月10日）", 7)]               // nothing else says one: as before
    public void Infer_ATitlesAsOfDate_GivesWayToAMonthNamedElsewhere(string file, string title, int month)
    {
        Assert.Equal(new ReportMonth(2024, month), LedgerIdentity.Infer(file, "", title).Month);
    }

    [Fact]
    public async Task AJuneFileTitledMay_IsRefused_AndMayStaysAsStored()
    {
        using var f = new IngestFixture();
        var may = Path.Combine(f.Input, "..", "may");
        Directory.CreateDirectory(may);
        File.WriteAllText(Path.Combine(may, "2024年5月改革任务总台账.csv"), Header + "1,推进A改革,县发改局,2024年9月底前,序时推进,40%\n", new UTF8Encoding(false));
        await f.IngestAsync(null, may);
        var before = await f.DatabaseFingerprintAsync();
        File.WriteAllText(Path.Combine(f.Input, "2024年6月改革任务总台账.csv"), "2024年全面深化改革任务台账（5月）\n" + Header + "1,推进A改革,县发改局,2024年9月底前,序时推进,50%\n", new UTF8Encoding(false));

        var summary = await f.IngestAsync();

        Assert.True(summary.Refused);
        Assert.Equal(
            "文件名写的是2024年6月，表内的工作表名或标题行写的是2024年5月，无法确定是哪个月的台账（常见于沿用上月的文件而未改标题）。为免覆盖已入库的月份，本文件未导入。请改正文件名或标题后重新导入，或在命令中用 --month（如2024-06）指定月份。",
            Assert.Single(summary.Issues).Message);
        Assert.Equal(before, await f.DatabaseFingerprintAsync());

        // --month settles it: the file is June's.
        var settled = await IngestRunner.RunAsync([f.Input], new IngestOptions { DatabasePath = f.Db, LakeRoot = f.Lake, Month = new ReportMonth(2024, 6) }, CancellationToken.None);
        Assert.False(settled.Refused);
        Assert.Equal([[new DateOnly(2024, 5, 1), 40.0], [new DateOnly(2024, 6, 1), 50.0]],
            await f.QueryAsync("SELECT report_month::DATE AS m, progress_pct FROM snapshots ORDER BY m"));
    }

    [Fact]
    public async Task APilotLedgerFileOnTheOverallTemplate_IsRefused_NotMergedIntoTheOverallLedger()
    {
        using var f = new IngestFixture();
        File.WriteAllText(Path.Combine(f.Input, "2024年6月自选试点台账.csv"), "2024年全面深化改革任务台账（6月）\n" + Header + "1,开展D试点,县教育局,2024年12月底前,序时推进,30%\n", new UTF8Encoding(false));

        var summary = await f.IngestAsync();

        Assert.True(summary.Refused);
        Assert.StartsWith("文件名写的是自选试点台账，表内的工作表名或标题行写的是改革任务总台账，无法确定是哪本台账", Assert.Single(summary.Issues).Message, StringComparison.Ordinal);
        Assert.False(File.Exists(f.Db) && (await f.QueryAsync("SELECT count(*) FROM snapshots"))[0][0] is long n && n > 0);
    }
}
