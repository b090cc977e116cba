using System.Text;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// A sheet carrying last month's progress column beside this month's (7月完成进度, 8月完成进度): the column of the month
/// the file reports, as its name, sheet, title or --month says, is stored. Before, the left one was, whatever month it named.
/// </summary>
public sealed class ProgressColumnMonthTests
{
    [Fact]
    public async Task AugustsLedgerWithJulysColumnsOnTheLeft_StoresAugustsFigureAndNarrative()
    {
        using var f = new IngestFixture();
        File.WriteAllText(
            Path.Combine(f.Input, "2024年8月改革任务总台账.csv"),
            "序号,改革任务,牵头单位,完成时限,7月完成进度,8月完成进度,7月进展情况,8月进展情况\n"
            + "1,深化营商环境综合改革,县发改局,2024年12月底前,40%,55%,已起草方案,方案已印发\n",
            new UTF8Encoding(false));

        var summary = await f.IngestAsync();

        Assert.Equal(1, summary.RowsStored);
        Assert.Equal([[55.0, "方案已印发"]], await f.QueryAsync("SELECT progress_pct, progress_text FROM snapshots"));
        Assert.Equal(["7月完成进度", "7月进展情况"], summary.Issues.Select(i => i.Column).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("1-7月累计完成进度")]
    [InlineData("1-7月累计")]
    public async Task AugustsLedgerWithJulysTotalBesideAugustsFigure_StoresAugustsFigure(string julyTotal)
    {
        // August's ledger carries July's total so far (50%) left of August's own figure (65%). By hand: 65 stored, and one
        // warning, under July's column, saying August's was read. Before, the total went first by the usual order: 50
        // stored, the warning under 8月完成进度; 1-7月累计 was a header not known (65 stored, and the column told as unknown).
        using var f = new IngestFixture();
        File.WriteAllText(
            Path.Combine(f.Input, "2024年8月改革任务总台账.csv"),
            $"序号,改革任务,牵头单位,完成时限,{julyTotal},8月完成进度\n1,深化营商环境综合改革,县发改局,2024年12月底前,50%,65%\n",
            new UTF8Encoding(false));

        var summary = await f.IngestAsync();

        Assert.Equal([[65.0]], await f.QueryAsync("SELECT progress_pct FROM snapshots"));
        var issue = Assert.Single(summary.Issues);
        Assert.Equal((julyTotal, IssueSeverity.Warning), (issue.Column, issue.Severity));
        Assert.Equal($"“{julyTotal}”列与“8月完成进度”列都对应“完成进度”，本表是2024年8月的台账，已采用写明该月的“8月完成进度”列，忽略“{julyTotal}”列。", issue.Message);
    }

    [Fact]
    public async Task MonthGivenOnTheCommandLine_DecidesForAFileNamingNone()
    {
        using var f = new IngestFixture();
        var file = Path.Combine(f.Input, "改革任务总台账.csv");
        File.WriteAllText(file, "序号,改革任务,牵头单位,8月完成进度,9月完成进度\n1,深化营商环境综合改革,县发改局,55%,70%\n", new UTF8Encoding(false));

        await IngestRunner.RunAsync([f.Input], new IngestOptions { DatabasePath = f.Db, LakeRoot = f.Lake, Month = new ReportMonth(2024, 9) }, CancellationToken.None);

        Assert.Equal([[70.0]], await f.QueryAsync("SELECT progress_pct FROM snapshots"));
    }
}
