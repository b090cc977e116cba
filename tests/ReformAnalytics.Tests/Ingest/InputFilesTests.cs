using ReformAnalytics.Ingest;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Ingest;

public sealed class InputFilesTests
{
    [Fact]
    public void AFolder_GivesItsLedgerFilesInOrder_PassingOverLockFilesAndMacCompanions()
    {
        using var temp = new TempFolder("reform-inputs");
        var inbox = temp.File("inbox");
        Directory.CreateDirectory(Path.Combine(inbox, "县教育局"));
        foreach (var name in new[]
                 {
                     "2024年6月改革任务总台账.xlsx", "~$2024年6月改革任务总台账.xlsx", ".~2024年6月改革任务总台账.xlsx",
                     "._2024年6月改革任务总台账.xlsx", "说明.docx", "2024年6月自选试点台账.CSV", "县教育局/6月台账.xls",
                     "县财政局6月台账.xlsm", "县教育局/县教育局6月台账.et", "县教育局/县教育局6月台账.ods", "县人社局6月台账.xlsb", "县民政局6月台账.rar", "._县人社局6月台账.zip",
                 })
        {
            File.WriteAllText(Path.Combine(inbox, name), "x");
        }

        var input = InputFiles.Expand([inbox]);

        Assert.Equal(
            ["2024年6月改革任务总台账.xlsx", "2024年6月自选试点台账.CSV", Path.Combine("县教育局", "6月台账.xls"), Path.Combine("县教育局", "县教育局6月台账.et"), Path.Combine("县教育局", "县教育局6月台账.ods"), "县财政局6月台账.xlsm"],
            input.Files.Select(f => Path.GetRelativePath(inbox, f)));
        Assert.Empty(input.OwnOutputs);

        // A WPS workbook is read (by its content), and so is an OpenDocument one; a binary workbook may be a return: named,
        // with what to do. The .docx holds no ledger table (it is no Word document at all): named apart. The .rar is unpacked
        // like a zip (this one is no archive at all, so it is refused).
        Assert.Equal(["县人社局6月台账.xlsb", "说明.docx"], input.Unread.Select(f => Path.GetRelativePath(inbox, f)));
        Assert.Equal(
            "有1个文件未读取（不是本工具能读的台账格式）：县人社局6月台账.xlsb。如是单位报送的台账，表格请在 WPS 或 Excel 中另存为 .xlsx，再重新导入。"
            + "有1个 Word 文档中没有台账表格，未读取：说明.docx。如其中有台账，请核对表格的表头（“改革任务”“牵头单位”等），或另存为 .xlsx 再导入。",
            InputFileSet.DescribeUnread(input.Unread));
        Assert.EndsWith("县民政局6月台账.rar”：压缩包不完整或已损坏（可能是下载或复制时中断），无法解压。请重新下载，或解压后再导入其中的台账。", Assert.Single(input.Refusals).Describe(), StringComparison.Ordinal);
        // An archive is named unread only when nested deeper than the levels unpacked.
        Assert.Equal("有1个文件未读取（不是本工具能读的台账格式）：第四层.zip。如是单位报送的台账，压缩包请先解压，再重新导入。", InputFileSet.DescribeUnread(["a.zip/b.7z/c.rar/第四层.zip"]));
        Assert.Null(InputFileSet.DescribeUnread([]));
    }

    [Fact]
    public void APathThatIsNeither_IsNamedInChinese()
    {
        var e = Assert.Throws<FileNotFoundException>(() => InputFiles.Expand(["/no/such/收件箱"]));
        Assert.Equal("找不到文件或目录“/no/such/收件箱”。", e.Message);
    }
}
