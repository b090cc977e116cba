using System.IO.Compression;
using ReformAnalytics.Model;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Reading;

/// <summary>Files that cannot be taken at all: each throws <see cref="LedgerInputException"/> with a Chinese message saying why.</summary>
public sealed class RefusalTests : IDisposable
{
    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Theory]
    [InlineData("empty.csv", new byte[0])]
    [InlineData("blank.csv", new byte[] { 0x20, 0x0D, 0x0A, 0x2C, 0x2C, 0x0D, 0x0A })]
    [InlineData("bom-only.csv", new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData("empty.xlsx", new byte[0])]
    public async Task Read_EmptyFile_IsRefused(string name, byte[] bytes)
    {
        var path = _files.Write(name, bytes);

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Equal(path, ex.File);
        Assert.Contains("文件是空的", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("序号,改革任务,牵头单位,完成时限\n", 0)]
    [InlineData("2024年7月改革任务总台账\n序号,改革任务,牵头单位,完成时限\n\n注：请于8月5日前报送。\n", 0)]
    [InlineData("序号,改革任务,牵头单位,完成时限\n1,,县发改局,年底前\n2,,县财政局,年底前\n", 2)]
    public async Task Read_AHeaderWithoutTaskRows_IsRefused_ItWouldStoreItsMonthEmpty(string csv, int rowsInError)
    {
        var path = _files.WriteText("2024年7月改革任务总台账.csv", csv);

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Equal(ReadingMessages.NoTaskRows(rowsInError), ex.Message);
        Assert.StartsWith("只有台账表头，没有任务行（可能是空白模板，或导出不完整）", ex.Message, StringComparison.Ordinal);
        Assert.Equal(rowsInError > 0, ex.Message.Contains($"另有{rowsInError}行缺少任务名称", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_AWorkbookOfHeadersAlone_IsRefused_NamingTheSheetWhenThereIsOne()
    {
        var path = _files.WriteWorkbook("2024年7月改革任务总台账.xlsx", w =>
        {
            w.StartSheet("7月");
            w.WriteRow("序号", "改革任务", "牵头单位", "完成时限");
        });

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Equal(ReadingMessages.NoTaskRows(0), ex.Message);
        Assert.Equal("7月", ex.Sheet);
    }

    [Fact]
    public async Task Read_MeetingNotice_IsRefusedAsNotALedger()
    {
        var path = ReadingFiles.Golden("meeting-notice.txt");

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("未找到台账表头", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_EnglishExportWithoutMap_IsRefusedAndPointsToTheMapOption()
    {
        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(ReadingFiles.Golden("english-export.csv")));

        Assert.Contains("--map", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_BytesThatAreNeitherUtf8NorGb18030_AreRefusedAsUndecodable()
    {
        // 0x80 and 0xFF start no character in UTF-8 and none in GB18030 (lead bytes are 0x81–0xFE).
        var path = _files.Write("garbled.csv", [.. "序号,改革任务\r\n1,"u8, 0x80, 0xFF, 0x80, 0xFF, 0x0D, 0x0A]);

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("无法识别文件编码", ex.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8 或 GB18030", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_BinaryFileNamedCsv_IsRefusedAsUndecodable()
    {
        var random = new Random(20240630);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        bytes[0] = 0x01;
        var path = _files.Write("binary.csv", bytes);

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("无法识别文件编码", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_QuoteNeverClosed_IsRefusedNamingTheRow()
    {
        var path = _files.WriteText("open-quote.csv", "序号,改革任务,牵头单位\r\n1,改革甲,县发改局\r\n2,\"改革乙,县财政局\r\n3,改革丙,县商务局\r\n");

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Equal(3, ex.Row);
        Assert.Contains("结束引号", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_TruncatedXlsx_IsRefusedAsDamaged()
    {
        var whole = _files.WriteWorkbook("whole.xlsx", w =>
        {
            w.StartSheet("台账");
            w.WriteRow("序号", "改革任务", "牵头单位");
            w.WriteRow("1", "改革甲", "县发改局");
        });
        var bytes = File.ReadAllBytes(whole);
        var path = _files.Write("truncated.xlsx", bytes[..(bytes.Length / 2)]);

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("不完整或已损坏", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_XlsxWhoseSheetXmlIsBroken_IsRefusedAsDamaged()
    {
        var path = Path.Combine(_files.Folder, "broken-sheet.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            WriteEntry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
            WriteEntry(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            WriteEntry(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            WriteEntry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            WriteEntry(zip, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>序号</t></is></c><c r=\"B1\"");
        }

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("不完整或已损坏", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_WorkbookWhoseOnlySheetHasNoHeader_IsRefusedNamingTheSheet()
    {
        var path = _files.WriteWorkbook("notice.xlsx", w =>
        {
            w.StartSheet("会议通知");
            w.WriteRow("关于召开全面深化改革委员会会议的通知");
            w.WriteRow("各乡镇、县直各部门：");
            w.WriteRow("定于7月10日召开会议，请准时参加。");
        });

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Equal("会议通知", ex.Sheet);
        Assert.Contains("未找到台账表头", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("文件“notice.xlsx”，工作表“会议通知”：", ex.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_WorkbookWithSeveralSheetsNoneALedger_IsRefusedListingThem()
    {
        var path = _files.WriteWorkbook("two-notes.xlsx", w =>
        {
            w.StartSheet("说明");
            w.WriteRow("填表说明");
            w.StartSheet("通讯录");
            w.WriteRow("单位", "电话");
        });

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("所有工作表（说明、通讯录）", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_WorkbookWithOnlyBlankSheets_IsRefusedAsEmpty()
    {
        var path = _files.WriteWorkbook("blank.xlsx", w =>
        {
            w.StartSheet("Sheet1");
            w.StartSheet("Sheet2");
        });

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("没有任何数据", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ZipBombOfTwoGigabytesOfZeros_IsRefusedBeforeUnpacking()
    {
        // 2 GiB of zeros deflate to about 2 MB: a ratio near 1000, over the default 250, and 2 GiB is over the
        // default 1 GiB cap, which is checked first.
        var path = Path.Combine(_files.Folder, "bomb.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            WriteEntry(zip, "[Content_Types].xml", "<Types/>");
            using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Optimal).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 2048; i++)
            {
                stream.Write(zeros);
            }
        }

        Assert.True(new FileInfo(path).Length < 4 << 20);

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("压缩炸弹", ex.Message, StringComparison.Ordinal);
        Assert.Contains("超出允许的上限1 GB", ex.Message, StringComparison.Ordinal);
        Assert.Equal("xl/worksheets/sheet1.xml", ex.Value);
    }

    [Fact]
    public async Task Read_PartPackedOverTheRatioLimit_IsRefusedEvenUnderTheSizeCap()
    {
        // 64 MiB of zeros: under the 1 GiB cap but packed about 1000 times, over the 250 limit.
        var path = Path.Combine(_files.Folder, "ratio.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            WriteEntry(zip, "[Content_Types].xml", "<Types/>");
            using var stream = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Optimal).Open();
            stream.Write(new byte[64 << 20]);
        }

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("压缩比高达", ex.Message, StringComparison.Ordinal);
        Assert.Equal("xl/sharedStrings.xml", ex.Value);
    }

    [Fact]
    public async Task Read_WorkbookOverAConfiguredSizeCap_IsRefused()
    {
        var path = _files.WriteWorkbook("small.xlsx", w =>
        {
            w.StartSheet("台账");
            w.WriteRow("序号", "改革任务", "牵头单位");
        });

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path, new ReadOptions { MaxUnpackedBytes = 1000 }));

        Assert.Contains("压缩炸弹", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ZipThatIsNotAWorkbook_IsRefused()
    {
        var path = Path.Combine(_files.Folder, "letter.docx.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            WriteEntry(zip, "[Content_Types].xml", "<Types/>");
            WriteEntry(zip, "word/document.xml", "<document/>");
        }

        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("不是 Excel 工作簿", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MissingFile_IsRefused()
    {
        var ex = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(Path.Combine(_files.Folder, "nope.xlsx")));

        Assert.Contains("找不到该文件", ex.Message, StringComparison.Ordinal);
    }

    private static void WriteEntry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(content);
    }
}
