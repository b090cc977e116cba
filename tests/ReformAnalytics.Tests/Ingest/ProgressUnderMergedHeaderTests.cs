using System.Text;
using ReformAnalytics.Model;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// A two-row header whose upper cell, merged over two columns, says what they hold and whose lower cells say only the
/// period (完成进度 over 本月 | 1-7月累计; 进展情况 over 本月 | 累计): each column is read as the period and the group together
/// (本月完成进度), and the report month chooses between them as between columns named in one row. Before, the lower cells
/// were read alone: 本月 and 累计 were headers not known, 1-7月累计 was the progress figure whatever group it was under.
/// </summary>
public sealed class ProgressUnderMergedHeaderTests
{
    [Theory]
    [InlineData("本月")]
    [InlineData("当月")]
    public async Task AugustsLedger_ThisMonthAndJulysTotalUnderOneProgressHeader_StoresThisMonthsFigure(string thisMonth)
    {
        // By hand: the report month is August; 本月 (or 当月) is August itself, 1-7月累计 July's total, so 65 is stored and
        // the one warning is under the total, naming both as read with the group, on row 2, where the cell 1-7月累计 is (as
        // every header warning is on its cell's row; before, on the header's first row). Before: 50 (July's total) was
        // stored, and 本月 was told as a header not known.
        using var f = new IngestFixture();
        File.WriteAllText(
            Path.Combine(f.Input, "2024年8月改革任务总台账.csv"),
            "序号,改革任务,牵头单位,完成时限,完成进度,\n"
            + $",,,,{thisMonth},1-7月累计\n"
            + "1,深化营商环境综合改革,县发改局,2024年12月底前,65%,50%\n",
            new UTF8Encoding(false));

        var summary = await f.IngestAsync();

        Assert.Equal([[65.0]], await f.QueryAsync("SELECT progress_pct FROM snapshots"));
        var issue = Assert.Single(summary.Issues);
        Assert.Equal(("1-7月累计完成进度", IssueSeverity.Warning, 2), (issue.Column, issue.Severity, issue.Row));
        Assert.Equal(
            $"“1-7月累计完成进度”列与“{thisMonth}完成进度”列都对应“完成进度”，本表是2024年8月的台账，已采用写明该月的“{thisMonth}完成进度”列，忽略“1-7月累计完成进度”列。",
            issue.Message);
    }

    [Fact]
    public async Task AugustsWorkbook_MergedProgressHeaderOverThisMonthAndJulysTotal_StoresThisMonthsFigure()
    {
        // As above in an .xlsx, 完成进度 merged across the two columns (read as the text repeated), the other headers merged
        // down. By hand: 70 stored (本月), July's 1-7月累计 (45) ignored with one warning.
        using var f = new IngestFixture();
        using (var stream = File.Create(Path.Combine(f.Input, "2024年8月改革任务总台账.xlsx")))
        using (var w = new XlsxWriter(stream))
        {
            w.StartSheet("8月");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成进度", null);
            w.WriteRow(null, null, null, "本月", "1-7月累计");
            w.WriteRow(XlsxCell.Of(1), "深化营商环境综合改革", "县发改局", XlsxCell.Of(0.7, XlsxStyle.Percent), XlsxCell.Of(0.45, XlsxStyle.Percent));
            w.Merge(1, 4, 1, 5);
            w.Merge(1, 1, 2, 1); w.Merge(1, 2, 2, 2); w.Merge(1, 3, 2, 3);
        }

        var summary = await f.IngestAsync();

        Assert.Equal([[70.0]], await f.QueryAsync("SELECT progress_pct FROM snapshots"));
        Assert.Equal(["1-7月累计完成进度"], summary.Issues.Select(i => i.Column));
    }

    [Theory]
    [InlineData("累计")]
    [InlineData("1-7月累计")]
    public async Task AugustsLedger_ThisMonthAndATotalUnderOneNarrativeHeader_StoresThisMonthsNarrative(string total)
    {
        // 进展情况 over 本月 | 累计 (or 1-7月累计): both are narratives; 本月 names the report month and is read. By hand: the
        // narrative 方案已印发, no figure, one warning under the total. Before: 本月 and 累计 were headers not known (no
        // narrative stored), and 1-7月累计 was read as the progress figure (its text not a figure).
        using var f = new IngestFixture();
        File.WriteAllText(
            Path.Combine(f.Input, "2024年8月改革任务总台账.csv"),
            "序号,改革任务,牵头单位,完成时限,进展情况,\n"
            + $",,,,本月,{total}\n"
            + "1,深化营商环境综合改革,县发改局,2024年12月底前,方案已印发,已起草方案并征求意见\n",
            new UTF8Encoding(false));

        var summary = await f.IngestAsync();

        Assert.Equal([["方案已印发", null]], await f.QueryAsync("SELECT progress_text, progress_pct FROM snapshots"));
        var issue = Assert.Single(summary.Issues);
        Assert.Equal(
            $"“{total}进展情况”列与“本月进展情况”列都对应“进展情况”，本表是2024年8月的台账，已采用写明该月的“本月进展情况”列，忽略“{total}进展情况”列。",
            issue.Message);
    }

    [Theory]
    [InlineData("本月完成进度", "累计完成进度", "本月完成进度")]
    [InlineData("当月", "累计", "当月完成进度")]
    public async Task ThisMonthAndTotalFiguresUnderOneHeader_StoresTheTotal_AsWhenNamedInOneRow(string thisMonth, string total, string ignored)
    {
        // 完成进度 over 本月完成进度 | 累计完成进度 (the lower cells name their columns whole, read as before) or over 当月 | 累计
        // (read as 当月完成进度 | 累计完成进度). The total so far names no other month: it is the progress figure, this month's
        // likely its increment, as when both are named in one row. By hand: 60 stored, one warning under this month's column.
        // Before, 当月 and 累计 were headers not known: no progress figure at all.
        using var f = new IngestFixture();
        File.WriteAllText(
            Path.Combine(f.Input, "2024年8月改革任务总台账.csv"),
            $"序号,改革任务,牵头单位,完成进度,\n,,,{thisMonth},{total}\n1,深化营商环境综合改革,县发改局,15%,60%\n",
            new UTF8Encoding(false));

        var summary = await f.IngestAsync();

        Assert.Equal([[60.0]], await f.QueryAsync("SELECT progress_pct FROM snapshots"));
        Assert.Equal([ignored], summary.Issues.Select(i => i.Column));
    }
}
