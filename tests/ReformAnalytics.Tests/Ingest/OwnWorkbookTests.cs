using System.IO.Compression;
using System.Text;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;
using ReformAnalytics.Tests.Cli;
using ReformAnalytics.Tests.Metrics;
using ReformAnalytics.Tests.Support;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// The workbooks ReformAnalytics writes for the office name it in their properties and hold a hidden workbook name, and
/// ingest leaves them out of a folder of ledgers instead of refusing the run: reform validate writes its issue list into
/// the current folder, which is often the folder of returns.
/// </summary>
public sealed class OwnWorkbookTests
{
    private const string June = "序号,改革任务,牵头单位,完成时限,完成情况,完成进度\n1,推进A改革,县发改局,2024年12月底前,序时推进,50%\n";

    [Fact]
    public void TheIssueList_IsOurs_StillReadsAsAWorkbook_AndALedgerWrittenWithoutTheMarkIsNot()
    {
        using var temp = new TempFolder("reform-own");
        var issues = temp.File("台账校验问题清单.xlsx");
        IssueWorkbook.Write(issues, [new IngestIssue("a.csv", string.Empty, 3, "完成时限", "春节前", "无法识别完成时限", IssueSeverity.Warning)], "台账校验问题清单");
        var ledger = temp.File("2024年6月改革任务总台账.xlsx");
        using (var stream = File.Create(ledger))
        using (var x = new XlsxWriter(stream))
        {
            x.StartSheet("总台账");
            x.WriteRow(XlsxCell.Of("序号"), XlsxCell.Of("改革任务"));
        }

        var broken = temp.File("坏文件.xlsx");
        File.WriteAllText(broken, "not a zip");
        var csv = temp.File("2024年6月改革任务总台账.csv");
        File.WriteAllText(csv, June);

        Assert.True(OwnWorkbook.IsOurs(issues));
        Assert.Contains("<Application>ReformAnalytics</Application>", WorkbookReader.Part(issues, "docProps/app.xml"), StringComparison.Ordinal);
        var rows = WorkbookReader.ReadFirstSheet(issues);
        Assert.Equal("台账校验问题清单", rows[0][0]);
        Assert.Equal("a.csv|&|3|完成时限|春节前|无法识别完成时限|提醒", string.Join("|", rows[2].Select(c => c ?? "&")));
        Assert.False(OwnWorkbook.IsOurs(ledger));
        Assert.False(OwnWorkbook.IsOurs(broken));
        Assert.False(OwnWorkbook.IsOurs(csv));
    }

    [Fact]
    public async Task AnIssueListInTheFolderOfReturns_IsLeftOut_AndTheLedgersAreIngested()
    {
        using var f = new IngestFixture();
        File.WriteAllText(Path.Combine(f.Input, "2024年6月改革任务总台账.csv"), June, new UTF8Encoding(false));
        var issues = Path.Combine(f.Input, "台账校验问题清单.xlsx");
        IssueWorkbook.Write(issues, [], "台账校验问题清单");

        var summary = await f.IngestAsync();

        Assert.False(summary.Refused);
        Assert.Equal([Path.GetFullPath(issues)], summary.OwnOutputs);
        Assert.Equal(("2024年6月改革任务总台账.csv", FileOutcome.Ingested), summary.Files.Select(r => (Path.GetFileName(r.File), r.Outcome)).Single());
        Assert.Equal(1, summary.RowsStored);
    }

    [Fact]
    public async Task AListSavedAgainInExcel_InAFolderNamedForALedgerAndMonth_IsStillLeftOut_NotReadAsALedger()
    {
        using var f = new IngestFixture();
        var folder = Path.Combine(f.Input, "2024年12月改革任务总台账");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "县发改局.csv"), June, new UTF8Encoding(false));
        // Shaped like the risk list: the columns of a ledger, one task of another unit.
        var list = Path.Combine(folder, "督察前风险清单.xlsx");
        using (var stream = File.Create(list))
        using (var x = new XlsxWriter(stream, XlsxWriter.OurApplication))
        {
            x.StartSheet("风险清单");
            x.WriteRow(XlsxCell.Of("序号"), XlsxCell.Of("改革任务"), XlsxCell.Of("牵头单位"), XlsxCell.Of("完成时限"), XlsxCell.Of("完成进度"));
            x.WriteRow(XlsxCell.Of(1), XlsxCell.Of("推进B改革"), XlsxCell.Of("县财政局"), XlsxCell.Of("2024年12月底前"), XlsxCell.Of("30%"));
        }

        SaveAgainElsewhere(list, keepNames: true);
        Assert.DoesNotContain("ReformAnalytics", WorkbookReader.Part(list, "docProps/app.xml"), StringComparison.Ordinal);

        var summary = await f.IngestAsync();

        Assert.False(summary.Refused);
        Assert.Equal([Path.GetFullPath(list)], summary.OwnOutputs);
        var stored = await f.QueryAsync("SELECT ledger, strftime(report_month, '%Y-%m'), task_name, lead_unit FROM snapshots");
        Assert.Equal("overall|2024-12|推进A改革|县发改局", string.Join('|', Assert.Single(stored)));

        // Without the name (a program that drops it), the workbook is a ledger like any other.
        SaveAgainElsewhere(list, keepNames: false);
        Assert.False(OwnWorkbook.IsOurs(list));
    }

    [Fact]
    public async Task AnIssueListSavedAgainAsOdsByLibreOffice_IsLeftOut_AnOdsLedgerIsRead()
    {
        // issue-list-saved-by-libreoffice.ods: reform validate's 台账校验问题清单.xlsx converted by LibreOffice 7.4, which keeps
        // the hidden name as a named expression. libreoffice-ledger.ods is a ledger: not ours.
        using var f = new IngestFixture();
        File.WriteAllText(Path.Combine(f.Input, "2024年6月改革任务总台账.csv"), June, new UTF8Encoding(false));
        var issues = Path.Combine(f.Input, "2024年6月台账校验问题清单.ods");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "Reading", "issue-list-saved-by-libreoffice.ods"), issues);

        var summary = await f.IngestAsync();

        Assert.False(summary.Refused);
        Assert.Equal([Path.GetFullPath(issues)], summary.OwnOutputs);
        Assert.Equal(1, summary.RowsStored);
        Assert.False(OwnWorkbook.IsOurs(Path.Combine(AppContext.BaseDirectory, "Data", "Reading", "libreoffice-ledger.ods")));
    }

    [Fact]
    public async Task AReportOrNoticeInWord_WhoseTablesHaveALedgersColumns_IsLeftOut_NotReadAsAReturn()
    {
        using var f = new IngestFixture();
        File.WriteAllText(Path.Combine(f.Input, "2024年6月改革任务总台账.csv"), June, new UTF8Encoding(false));
        var report = Path.Combine(f.Input, "2024年6月督办单-县财政局.docx");
        var document = new ReportDocument("督办单", "（2024年6月）",
        [
            new ReportSection("一、需督办的任务",
            [
                new ReportTable("表1 逾期和滞后任务", ["序号", "改革任务", "牵头单位", "完成时限", "完成进度"], [["1", "推进B改革", "县财政局", "2024年6月底前", "30%"]], new HashSet<int>()),
            ]),
        ], "说明");
        await using (var stream = File.Create(report))
        {
            await DocxReportWriter.WriteAsync(document, stream, null, CancellationToken.None);
        }

        Assert.True(ReformAnalytics.Reading.DocxTableReader.HoldsLedgerTable(report, ReformAnalytics.Reading.ReadOptions.Default));
        var summary = await f.IngestAsync();

        Assert.False(summary.Refused);
        Assert.Equal([Path.GetFullPath(report)], summary.OwnOutputs);
        Assert.Equal(1, summary.RowsStored);

        // notice-saved-by-libreoffice.docx: a 督办单 of the sample county saved again by LibreOffice Writer 7.4, which writes
        // the properties anew (docProps/core.xml) and keeps the category. A unit's return in Word is not ours.
        var golden = Path.Combine(AppContext.BaseDirectory, "Data", "Reading");
        Assert.True(OwnWorkbook.IsOurs(Path.Combine(golden, "notice-saved-by-libreoffice.docx")));
        Assert.False(OwnWorkbook.IsOurs(Path.Combine(golden, "word-return-libreoffice.docx")));
    }

    [Fact]
    public async Task Cli_ValidateThenIngestTheSameFolder_Works()
    {
        using var temp = new TempFolder("reform-own-cli");
        var inbox = temp.File("inbox");
        Directory.CreateDirectory(inbox);
        File.WriteAllText(Path.Combine(inbox, "2024年6月改革任务总台账.csv"), June.Replace("2024年12月底前", "春节前", StringComparison.Ordinal), new UTF8Encoding(false));
        var issueList = Path.Combine(inbox, "台账校验问题清单.xlsx");
        Assert.Equal(0, (await CliRun.RunAsync("validate", inbox, "--xlsx", issueList)).Exit);
        Assert.True(File.Exists(issueList));

        var (exit, output) = await CliRun.RunAsync("ingest", inbox, "--db", temp.File("reform.duckdb"), "--lake", temp.File("lake"));

        Assert.Equal(0, exit);
        Assert.Contains("已跳过本工具生成的文件1个（问题清单、季度清单等，不是台账）：台账校验问题清单.xlsx", output, StringComparison.Ordinal);
        Assert.Contains("入库台账表1张", output, StringComparison.Ordinal);
    }

    /// <summary>What Excel or WPS does to the workbook's marks when it saves it again: its own name in the properties; the workbook's names kept, unless <paramref name="keepNames"/> is false.</summary>
    private static void SaveAgainElsewhere(string path, bool keepNames)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        Rewrite(zip, "docProps/app.xml", xml => xml.Replace("<Application>ReformAnalytics</Application>", "<Application>Microsoft Excel</Application>", StringComparison.Ordinal));
        if (!keepNames)
        {
            Rewrite(zip, "xl/workbook.xml", xml => System.Text.RegularExpressions.Regex.Replace(xml, "<definedNames>.*</definedNames>", string.Empty));
        }
    }

    private static void Rewrite(ZipArchive zip, string part, Func<string, string> change)
    {
        var entry = zip.GetEntry(part)!;
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = reader.ReadToEnd();
        }

        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
        writer.Write(change(text));
    }
}
