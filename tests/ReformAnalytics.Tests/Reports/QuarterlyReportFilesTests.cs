using DocumentFormat.OpenXml.Packaging;
using ReformAnalytics.Charts;
using ReformAnalytics.Metrics;
using ReformAnalytics.Reports;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Reports;

/// <summary>The report and charts written to disk from the fixture database.</summary>
public sealed class QuarterlyReportFilesTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public async Task WriteAsync_BothFormats_WritesAValidDocxAndASelfContainedHtml()
    {
        using var folder = new TempFolder();
        var preview = Environment.GetEnvironmentVariable("REFORM_REPORT_PREVIEW");

        var result = await QuarterlyReport.WriteAsync(fixture.Connection, new Quarter(2024, 2), preview ?? folder.Path, ReportFormats.All, CancellationToken.None);

        Assert.EndsWith("2024年第二季度改革任务推进情况分析.html", result.HtmlPath, StringComparison.Ordinal);
        Assert.EndsWith("2024年第二季度改革任务推进情况分析.docx", result.DocxPath, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(result.HtmlPath!);
        Assert.DoesNotMatch(HtmlReportWriterTests.ExternalReference(), html);
        await using (var docx = File.OpenRead(result.DocxPath!))
        {
            Assert.Empty(DocxReportWriterTests.ValidationErrors(docx));
        }

        using var package = WordprocessingDocument.Open(result.DocxPath!, false);
        Assert.Equal(8, package.MainDocumentPart!.ImageParts.Count());
        Assert.Equal(8, html.Split("src=\"data:image/png;base64,").Length - 1);
        Assert.False(File.Exists(result.DocxPath + ".tmp"));
    }

    [Fact]
    public async Task WriteAsync_HtmlOnly_WritesNoDocx()
    {
        using var folder = new TempFolder();

        var result = await QuarterlyReport.WriteAsync(fixture.Connection, new Quarter(2024, 2), folder.Path, ReportFormats.Html, CancellationToken.None);

        Assert.Null(result.DocxPath);
        Assert.Equal(["2024年第二季度改革任务推进情况分析.html"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ChartSet_RenderAsync_WritesPngAndSvgOfEveryChart()
    {
        using var folder = new TempFolder();

        var files = await ChartSet.RenderAsync(fixture.Connection, new Quarter(2024, 2), folder.Path, CancellationToken.None);

        // The quarter, then numbered and titled as the report's figures 1–8 (Data/Reports/quarterly-report-structure.txt).
        string[] names = ["图1-逐月完成进度与计划进度", "图2-任务实际进度与时间进度对照", "图3-未完成任务滞后幅度分布", "图4-各专项小组任务单位自报状态", "图5-各专项小组完成率与上季度对比", "图6-三本台账任务推进对比", "图7-牵头单位综合排名（红黑榜）", "图8-各单位逐月滞后任务数"];
        Assert.Equal(names.SelectMany(n => new[] { "2024年第二季度-" + n + ".png", "2024年第二季度-" + n + ".svg" }), files.Select(Path.GetFileName));
        Assert.All(files, f => Assert.True(new FileInfo(f).Length > 1000));
    }

    [Fact]
    public async Task ChartSet_RenderAsync_TwoQuartersInOneFolder_KeepsEachQuartersFigure5UnderItsOwnTitle()
    {
        using var folder = new TempFolder();

        await ChartSet.RenderAsync(fixture.Connection, new Quarter(2024, 1), folder.Path, CancellationToken.None);
        await ChartSet.RenderAsync(fixture.Connection, new Quarter(2024, 2), folder.Path, CancellationToken.None);

        // 8 figures × PNG and SVG × 2 quarters. March is the ledger year's first quarter, so its 图5 has nothing to
        // compare with; June compares with March. Each quarter's 图5 is there once, named for its quarter.
        var names = Directory.GetFiles(folder.Path).Select(Path.GetFileName).ToList();
        Assert.Equal(32, names.Count);
        Assert.Equal(
            ["2024年第一季度-图5-各专项小组完成率（上季度无可比数据）.png", "2024年第二季度-图5-各专项小组完成率与上季度对比.png"],
            names.Where(n => n!.Contains("-图5-", StringComparison.Ordinal) && n.EndsWith(".png", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ChartSet_RenderAsync_RemovesTheSameQuartersFigureUnderItsOtherTitle_AndNothingElse()
    {
        using var folder = new TempFolder();
        string[] earlier = ["2024年第二季度-图5-各专项小组完成率（上季度无可比数据）.png", "2024年第二季度-图5-各专项小组完成率（上季度无可比数据）.svg"];
        string[] kept = ["2024年第二季度-图5-修改稿.png", "2024年第一季度-图5-各专项小组完成率（上季度无可比数据）.png", "图5-各专项小组完成率（上季度无可比数据）.png"];
        foreach (var name in earlier.Concat(kept))
        {
            await File.WriteAllTextAsync(Path.Combine(folder.Path, name), "x");
        }

        await ChartSet.RenderAsync(fixture.Connection, new Quarter(2024, 2), folder.Path, CancellationToken.None);

        // The second quarter's 图5 is now the comparison; its first-quarter-style file of the same quarter is gone,
        // another quarter's, an edited copy and a file of no quarter stay.
        var names = Directory.GetFiles(folder.Path).Select(Path.GetFileName).ToList();
        Assert.All(earlier, n => Assert.DoesNotContain(n, names));
        Assert.All(kept, n => Assert.Contains(n, names));
        Assert.Contains("2024年第二季度-图5-各专项小组完成率与上季度对比.svg", names);
        Assert.Equal(16 + kept.Length, names.Count);
    }

    [Fact]
    public async Task ChartData_FromTheViews_IsTheFixturesFigures()
    {
        var data = await ChartDataLoader.LoadAsync(fixture.Connection, new Quarter(2024, 2), new Model.ReportMonth(2024, 6), CancellationToken.None);

        // June statuses: 经济 R1, R5 completed, R2 on_track, R7 not_started; 社会 R3 behind, R4, R8 on_track, R6 completed.
        // Both groups have 4 tasks, so they come in name order: 社 (U+793E) before 经 (U+7ECF).
        Assert.Equal(
            [
                new GroupStatusCount(ReportFixture.Society, "behind", 1), new GroupStatusCount(ReportFixture.Society, "completed", 1),
                new GroupStatusCount(ReportFixture.Society, "on_track", 2), new GroupStatusCount(ReportFixture.Economy, "completed", 2),
                new GroupStatusCount(ReportFixture.Economy, "not_started", 1), new GroupStatusCount(ReportFixture.Economy, "on_track", 1),
            ],
            data.GroupStatus);

        // Ledgers in the office's order (总台账 first, not the identifiers' order): overall 6 tasks, R1 done, R2 R3 R8 behind,
        // R3 overdue; assigned_pilot R5 done; local_pilot R6 done.
        Assert.Equal(
            [new LedgerTotals("改革任务总台账", 6, 1, 3, 1), new LedgerTotals("上级部署试点台账", 1, 1, 0, 0), new LedgerTotals("自选试点台账", 1, 1, 0, 0)],
            data.Ledgers);

        // Open tasks with a lag in June: R2 49.59 - 30, R3 100 - 60, R8 49.59 - 10.
        Assert.Equal([19.6, 39.6, 40.0], data.Lags.Select(l => Math.Round(l, 1)).Order());
        Assert.Equal(new LagThresholds(10, 25), data.Thresholds);

        // Trend: four months March to June, June's shares as in the overview (66.7 done against 77.6 planned).
        Assert.Equal(4, data.Trend.Count);
        Assert.Equal((66.7, 77.6), (Math.Round(data.Trend[^1].ActualPct, 1), Math.Round(data.Trend[^1].PlannedPct, 1)));

        // The calendar share of the year beside it, double_half.year_time_pct = 100 × (D − 1 Jan) / 365: 31 March 90 days
        // → 24.7, 30 April 120 → 32.9, 31 May 151 → 41.4, 30 June 181 → 49.6 (against 77.6 planned by the tasks' own deadlines).
        Assert.Equal([24.7, 32.9, 41.4, 49.6], data.Trend.Select(t => Math.Round(t.CalendarPct!.Value, 1)));

        // Figure 2's tasks (ledger in the office's order — 总台账, 上级部署试点, 自选试点 — then id), each with its deadline:
        // R1 30 June, R2 31 December, R3 31 May, R8 31 December (overall), R5 31 March (assigned pilot), R6 30 September
        // (local pilot); R4 (open-ended) and R7 (none written) have no deadline. Read at 30 June.
        Assert.Equal(
            [("R1", new DateOnly(2024, 6, 30)), ("R2", new DateOnly(2024, 12, 31)), ("R3", new DateOnly(2024, 5, 31)), ("R8", new DateOnly(2024, 12, 31)), ("R5", new DateOnly(2024, 3, 31)), ("R6", new DateOnly(2024, 9, 30))],
            data.Tasks.Select(t => (t.TaskId, t.Deadline)));
        Assert.Equal((2, 0), (data.TasksNotPlotted.WithoutDeadline, data.TasksNotPlotted.WithoutProgress));
        Assert.Equal(new DateOnly(2024, 6, 30), data.StatusDate);

        // Behind per unit and month: 县教育局 has R3 and R8 behind in June.
        Assert.Contains(new UnitMonthCount("县教育局", new Model.ReportMonth(2024, 6), 2), data.UnitBehind);
    }
}
