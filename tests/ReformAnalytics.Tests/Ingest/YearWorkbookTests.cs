using ReformAnalytics.Ingest;
using ReformAnalytics.Model;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// A year kept in one workbook, a sheet per month, as many offices keep it: 2024年改革任务总台账.xlsx with sheets
/// 4月, 5月 and 6月 (营商环境改革 of 县发改局 at 40%, 50%, 60%; 6月 adds 预算绩效改革 of 县财政局 at 30%), and a 填报模板
/// sheet holding the header alone.
/// </summary>
public sealed class YearWorkbookTests : IDisposable
{
    private readonly IngestFixture _fx = new();

    public void Dispose() => _fx.Dispose();

    [Fact]
    public async Task EachMonthsSheet_IsThatMonth_AndTheEmptyTemplateIsPassedOver()
    {
        Write(Path.Combine(_fx.Input, "2024年改革任务总台账.xlsx"));

        var summary = await _fx.IngestAsync();

        Assert.False(summary.Refused, string.Join("；", summary.Files.Select(f => f.Message)));
        var rows = await _fx.QueryAsync("SELECT strftime(report_month, '%Y-%m'), lead_unit, progress_pct, source_sheet FROM snapshots ORDER BY report_month, source_row");
        Assert.Equal(
            [
                ["2024-04", "县发改局", 40.0, "4月"],
                ["2024-05", "县发改局", 50.0, "5月"],
                ["2024-06", "县发改局", 60.0, "6月"],
                ["2024-06", "县财政局", 30.0, "6月"],
            ],
            rows);
        // One task across the three months: its id is carried from sheet to sheet.
        Assert.Equal(2L, (await _fx.QueryAsync("SELECT count(DISTINCT task_id) FROM snapshots"))[0][0]);
        var template = Assert.Single(summary.Issues, i => i.Sheet == "填报模板");
        Assert.Equal(ReformAnalytics.Reading.ReadingMessages.SheetSkippedNoTasks, template.Message);
        Assert.Equal(3, summary.Files.Count(f => f.Outcome == FileOutcome.Ingested));
    }

    [Fact]
    public async Task ASummarySheetNamingNoMonth_BesideTheMonthsSheets_IsPassedOver_NotRefusingTheFile()
    {
        Write(Path.Combine(_fx.Input, "2024年改革任务总台账.xlsx"), summarySheet: true);

        var summary = await _fx.IngestAsync();

        Assert.False(summary.Refused, string.Join("；", summary.Files.Select(f => f.Message)));
        Assert.Equal(4, summary.RowsStored);
        Assert.Empty(await _fx.QueryAsync("SELECT 1 FROM snapshots WHERE source_sheet = '汇总'"));
        var passedOver = Assert.Single(summary.Issues, i => i.Sheet == "汇总");
        Assert.Equal(IssueSeverity.Warning, passedOver.Severity);
        Assert.Equal("该工作表没有写明月份，而同一工作簿的其他工作表各写明了月份（如“4月、5月、6月”），本表未读取（多为汇总表）。如需导入，请在工作表名中写明月份（如“6月”）。", passedOver.Message);
    }

    [Fact]
    public async Task ASheetNamingNoMonth_InAWorkbookOfNoOtherMonth_StillRefusesIt()
    {
        // Without sheets that name their months, the sheet is the file's only table: the month must be said.
        using (var stream = File.Create(Path.Combine(_fx.Input, "2024年改革任务总台账.xlsx")))
        using (var x = new XlsxWriter(stream))
        {
            x.StartSheet("汇总");
            x.WriteRow("序号", "改革任务", "牵头单位", "完成时限", "完成进度");
            x.WriteRow(XlsxCell.Of(1), "营商环境改革", "县发改局", "2024年12月底前", XlsxCell.Of(60));
        }

        var summary = await _fx.IngestAsync();

        Assert.True(summary.Refused);
        Assert.Contains("无法判断该表是哪个月份的台账", Assert.Single(summary.Files, f => f.Outcome == FileOutcome.Refused).Message, StringComparison.Ordinal);
        Assert.Equal(0, summary.RowsStored);
    }

    [Fact]
    public async Task AMonthSentAgainAsAHeaderAlone_IsRefused_AndTheStoredMonthKeepsItsTasks()
    {
        // June is stored; then June's file comes again holding its header only (a template saved over the return).
        const string header = "序号,改革任务,牵头单位,完成时限,完成进度\n";
        var june = Path.Combine(_fx.Input, "2024年6月改革任务总台账.csv");
        File.WriteAllText(june, header + "1,营商环境改革,县发改局,2024年12月底前,60\n");
        Assert.False((await _fx.IngestAsync()).Refused);
        var before = await _fx.DatabaseFingerprintAsync();

        File.WriteAllText(june, header);
        var summary = await _fx.IngestAsync();

        Assert.True(summary.Refused);
        var refusal = Assert.Single(summary.Files, f => f.Outcome == FileOutcome.Refused);
        Assert.Contains("只有台账表头，没有任务行", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _fx.DatabaseFingerprintAsync());
        Assert.Equal([["2024-06", "县发改局", 60.0]], await _fx.QueryAsync("SELECT strftime(report_month, '%Y-%m'), lead_unit, progress_pct FROM snapshots"));
    }

    [Fact]
    public async Task AWorkbookOfTheThreeLedgers_WhoseLastSheetNamesNoMonth_TakesTheMonthTheOtherSheetsName()
    {
        // 县委改革办报送台账.xlsx: sheets 2024年10月总台账 and 2024年10月上级部署试点 name their month; 自选试点 does not.
        // Before, 自选试点 was passed over as a summary sheet and a whole ledger was lost behind a warning.
        var path = Path.Combine(_fx.Input, "县委改革办报送台账.xlsx");
        using (var stream = File.Create(path))
        using (var x = new XlsxWriter(stream))
        {
            XlsxCell[] header = [.. new[] { "序号", "改革任务", "牵头单位", "完成时限", "完成进度" }.Select(h => XlsxCell.Of(h))];
            foreach (var (sheet, task, unit) in new[] { ("2024年10月总台账", "营商环境改革", "县发改局"), ("2024年10月上级部署试点", "农村产权试点", "县财政局"), ("自选试点", "集团化办学试点", "县教育局") })
            {
                x.StartSheet(sheet);
                x.WriteRow(header);
                x.WriteRow(XlsxCell.Of(1), task, unit, "2024年12月底前", XlsxCell.Of(70));
            }
        }

        var summary = await _fx.IngestAsync();

        Assert.False(summary.Refused, string.Join("；", summary.Files.Select(f => f.Message)));
        Assert.Equal(
            [["assigned_pilot", "2024-10", "县财政局"], ["local_pilot", "2024-10", "县教育局"], ["overall", "2024-10", "县发改局"]],
            await _fx.QueryAsync("SELECT ledger, strftime(report_month, '%Y-%m'), lead_unit FROM snapshots ORDER BY ledger"));
        var told = Assert.Single(summary.Issues, i => i.Sheet == "自选试点");
        Assert.Equal("该工作表没有写明月份，同一工作簿的其他工作表都是2024年10月的台账，本表按2024年10月的自选试点台账导入；如不是，请在工作表名或标题中写明月份后重新导入。", told.Message);
    }

    [Fact]
    public async Task AMonthsWorkbookWithLastMonthsSheetLeftIn_LeavesThatSheetOut_AndTheStoredMonthAsItWas()
    {
        // The year workbook is stored (May: 营商环境改革 at 50%). Then June's workbook, copied from May's, still holds May's
        // sheet with a figure changed since (45%). Before, that sheet replaced stored May without a word about it.
        Write(Path.Combine(_fx.Input, "2024年改革任务总台账.xlsx"));
        await _fx.IngestAsync();
        var june = Path.Combine(_fx.Input, "..", "june");
        Directory.CreateDirectory(june);
        using (var stream = File.Create(Path.Combine(june, "2024年6月改革任务总台账.xlsx")))
        using (var x = new XlsxWriter(stream))
        {
            XlsxCell[] header = [.. new[] { "序号", "改革任务", "牵头单位", "完成时限", "完成进度" }.Select(h => XlsxCell.Of(h))];
            x.StartSheet("6月台账");
            x.WriteRow(header);
            x.WriteRow(XlsxCell.Of(1), "营商环境改革", "县发改局", "2024年12月底前", XlsxCell.Of(70));
            x.StartSheet("5月台账（上月）");
            x.WriteRow(header);
            x.WriteRow(XlsxCell.Of(1), "营商环境改革", "县发改局", "2024年12月底前", XlsxCell.Of(45));
        }

        var summary = await _fx.IngestAsync(null, june);

        Assert.False(summary.Refused);
        // June's one task of 县发改局 is merged as its unit's rows (县财政局's 30% kept, as for any one-unit file).
        Assert.Equal(
            [["2024-04", 40.0], ["2024-05", 50.0], ["2024-06", 30.0], ["2024-06", 70.0]],
            await _fx.QueryAsync("SELECT strftime(report_month, '%Y-%m'), progress_pct FROM snapshots ORDER BY report_month, progress_pct"));
        var stale = Assert.Single(summary.Issues, i => i.Sheet == "5月台账（上月）");
        Assert.Equal("工作表“5月台账（上月）”是2024年5月的台账，而文件名写的是2024年6月：该表未导入（常见于沿用上月文件时留下的旧表），已入库的2024年5月台账不受影响。如确要更新2024年5月，请单独报送该月的文件。", stale.Message);
    }

    [Fact]
    public void SingleMonthOfName_IsNoneForASpanOfMonths()
    {
        Assert.Equal(new ReportMonth(2024, 6), ReformAnalytics.Normalising.LedgerIdentity.SingleMonthOfName("2024年6月改革任务总台账.xlsx"));
        Assert.Null(ReformAnalytics.Normalising.LedgerIdentity.SingleMonthOfName("2024年1-6月改革任务台账.xlsx"));
        Assert.Null(ReformAnalytics.Normalising.LedgerIdentity.SingleMonthOfName("2024年1月至6月改革任务台账.xlsx"));
        Assert.Null(ReformAnalytics.Normalising.LedgerIdentity.SingleMonthOfName("2024年改革任务总台账.xlsx"));
    }

    private static void Write(string path, bool summarySheet = false)
    {
        using var stream = File.Create(path);
        using var x = new XlsxWriter(stream);
        XlsxCell[] header = [.. new[] { "序号", "改革任务", "牵头单位", "完成时限", "完成进度" }.Select(h => XlsxCell.Of(h))];
        foreach (var (sheet, progress) in new[] { ("4月", 40), ("5月", 50), ("6月", 60) })
        {
            x.StartSheet(sheet);
            x.WriteRow(header);
            x.WriteRow(XlsxCell.Of(1), "营商环境改革", "县发改局", "2024年12月底前", XlsxCell.Of(progress));
            if (sheet == "6月")
            {
                x.WriteRow(XlsxCell.Of(2), "预算绩效改革", "县财政局", "2024年12月底前", XlsxCell.Of(30));
            }
        }

        x.StartSheet("填报模板");
        x.WriteRow(header);
        if (summarySheet)
        {
            // The year's tasks as they stand, naming no month: 汇总.
            x.StartSheet("汇总");
            x.WriteRow(header);
            x.WriteRow(XlsxCell.Of(1), "营商环境改革", "县发改局", "2024年12月底前", XlsxCell.Of(60));
            x.WriteRow(XlsxCell.Of(2), "预算绩效改革", "县财政局", "2024年12月底前", XlsxCell.Of(30));
        }
    }
}
