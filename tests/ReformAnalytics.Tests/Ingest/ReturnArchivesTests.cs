using System.IO.Compression;
using System.Text;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// Zip archives of returns. The fixture: June 2024's returns of two units, named only for their unit (<see cref="JuneReturns"/>:
/// 县发改局.csv, 推进A改革 60% and 推进B改革 40%; 县财政局.csv, 推进C改革 50%), zipped as 2024年6月改革任务台账报送.zip, the way a
/// Chinese Windows zips them (names in GBK, no UTF-8 flag). The archive's name says the ledger and the month.
/// </summary>
public sealed class ReturnArchivesTests
{
    private const string Development = JuneReturns.Development;

    private const string Finance = JuneReturns.Finance;

    private const string ArchiveName = "2024年6月改革任务台账报送.zip";

    [Fact]
    public async Task AnArchiveWithGbkNames_ItsReturnsAreStoredUnderTheirOwnNames_ForTheMonthTheArchiveNames()
    {
        using var f = new IngestFixture();
        TestZip.Write(Path.Combine(f.Input, ArchiveName), TestZip.Gbk(), [
            ("6月报送/", null),
            ("6月报送/县发改局.csv", Development),
            ("6月报送/县财政局.csv", Finance),
            ("__MACOSX/6月报送/._县发改局.csv", "mac"),
            ("6月报送/~$县财政局.csv", "lock"),
            ("6月报送/填报说明.docx", "not a return"),
            ("6月报送/县教育局.xlsb", "binary workbook"),
        ]);

        var summary = await f.IngestAsync();

        Assert.False(summary.Refused);
        Assert.Equal(3, summary.RowsStored);
        Assert.Equal(JuneReturns.Stored, await JuneReturns.StoredAsync(f));
        var log = await f.QueryAsync("SELECT file_name, rows, outcome FROM ingest_log ORDER BY file_name");
        Assert.Equal(["县发改局.csv|2|ingested", "县财政局.csv|1|ingested"], log.Select(r => string.Join('|', r)));

        var archive = Assert.Single(summary.Archives);
        Assert.Equal("已解压读取压缩包“2024年6月改革任务台账报送.zip”中的2个文件：县发改局.csv、县财政局.csv。", archive.Describe());
        Assert.Equal(
            "有1个文件未读取（不是本工具能读的台账格式）：县教育局.xlsb。如是单位报送的台账，表格请在 WPS 或 Excel 中另存为 .xlsx，再重新导入。"
            + "有1个 Word 文档中没有台账表格，未读取：填报说明.docx。如其中有台账，请核对表格的表头（“改革任务”“牵头单位”等），或另存为 .xlsx 再导入。",
            InputFileSet.DescribeUnread(summary.Unread));

        // The same archive again changes nothing, and the scratch folders are gone.
        var again = await f.IngestAsync();
        Assert.Null(again.RunId);
        Assert.Equal([FileOutcome.Unchanged, FileOutcome.Unchanged], again.Files.Select(r => r.Outcome));
        Assert.All(again.Files, r => Assert.False(File.Exists(r.File)));
    }

    [Fact]
    public async Task AMacArchive_ANestedArchive_AndAReturnAlsoUnpackedBesideIt_AreEachReadOnce()
    {
        using var f = new IngestFixture();
        // A Mac writes UTF-8 names without the flag; 县财政局's return comes zipped inside the office's archive.
        using (var inner = new MemoryStream())
        {
            TestZip.Write(inner, TestZip.Gbk(), [("县财政局.csv", Finance)]);
            TestZip.Write(Path.Combine(f.Input, ArchiveName), Encoding.UTF8, [("县发改局.csv", Development), ("县财政局.zip", inner.ToArray())], clearUtf8Flag: true);
        }

        // Someone also unpacked 县发改局's return into the folder: the same file, read once.
        File.WriteAllText(Path.Combine(f.Input, "县发改局.csv"), Development, new UTF8Encoding(false));

        using (var input = InputFiles.Expand([f.Input]))
        {
            // Read from the archive, whose name says the month: the unpacked copy is left out.
            Assert.Equal(["县发改局.csv", "县财政局.csv"], input.Files.Select(Path.GetFileName));
            Assert.All(input.Files, file => Assert.StartsWith(input.Scratch!, file, StringComparison.Ordinal));
            Assert.Equal([Path.Combine(f.Input, "县发改局.csv")], input.AlsoInArchives);
            Assert.Equal(
                ["已解压读取压缩包“2024年6月改革任务台账报送.zip”中的1个文件：县发改局.csv。", "已解压读取压缩包“县财政局.zip”中的1个文件：县财政局.csv。"],
                input.Archives.Select(a => a.Describe()));
            Assert.Equal(["县财政局.zip", ArchiveName], input.ArchivesOf[input.Files[1]]);
            Assert.NotNull(input.Scratch);
            input.Dispose();
            Assert.False(Directory.Exists(input.Scratch));
        }

        var summary = await f.IngestAsync();
        Assert.Equal(3, summary.RowsStored);
        Assert.Equal(["县发改局.csv"], summary.AlsoInArchives.Select(Path.GetFileName));
        var months = await f.QueryAsync("SELECT DISTINCT strftime(report_month, '%Y-%m') FROM snapshots");
        Assert.Equal("2024-06", Assert.Single(Assert.Single(months)));
    }

    [Fact]
    public void TheSameArchiveDownloadedTwice_IsReadOnce()
    {
        using var temp = new TempFolder("reform-zip");
        TestZip.Write(temp.File(ArchiveName), TestZip.Gbk(), [("县发改局.csv", Development), ("县财政局.csv", Finance)]);
        File.Copy(temp.File(ArchiveName), temp.File("2024年6月改革任务台账报送(1).zip"));

        using var input = InputFiles.Expand([temp.Path]);

        Assert.Equal(["县发改局.csv", "县财政局.csv"], input.Files.Select(Path.GetFileName));
        Assert.Equal(
            ["已解压读取压缩包“2024年6月改革任务台账报送(1).zip”中的2个文件：县发改局.csv、县财政局.csv。", "压缩包“2024年6月改革任务台账报送.zip”中的2个文件与本次其他压缩包中的同名文件内容相同，未重复读取。"],
            input.Archives.Select(a => a.Describe()));
    }

    [Theory]
    [InlineData(".zip")]
    [InlineData(".rar")]
    [InlineData(".7z")]
    public async Task ABrokenArchive_RefusesTheRun_NamingIt_AndNothingIsStored(string kind)
    {
        using var f = new IngestFixture();
        File.WriteAllText(Path.Combine(f.Input, "2024年5月改革任务总台账.csv"), Development, new UTF8Encoding(false));
        await f.IngestAsync();
        var (db, lake) = (await f.DatabaseFingerprintAsync(), f.LakeFingerprint());

        // The archive cut off halfway, as a download or a copy interrupted leaves it.
        var archive = Path.Combine(f.Input, Path.ChangeExtension(ArchiveName, kind));
        WholeArchive(archive, kind);
        var whole = File.ReadAllBytes(archive);
        File.WriteAllBytes(archive, whole[..(whole.Length / 2)]);

        var summary = await f.IngestAsync();

        var refused = Assert.Single(summary.Files, r => r.Outcome == FileOutcome.Refused);
        Assert.Equal($"文件“2024年6月改革任务台账报送{kind}”：压缩包不完整或已损坏（可能是下载或复制时中断），无法解压。请重新下载，或解压后再导入其中的台账。", refused.Message);
        Assert.Null(summary.RunId);
        Assert.Equal(db, await f.DatabaseFingerprintAsync());
        Assert.Equal(lake, f.LakeFingerprint());
    }

    [Fact]
    public async Task AProblemInAnUnpackedFile_NamesTheArchiveItIsIn_InTheMessageAndTheIssueList()
    {
        using var f = new IngestFixture();
        using (var inner = new MemoryStream())
        {
            TestZip.Write(inner, TestZip.Gbk(), [("县教育局.csv", string.Empty)]);
            TestZip.Write(Path.Combine(f.Input, ArchiveName), TestZip.Gbk(), [("县发改局.csv", Development + "3,,县发改局,张三,2024年9月底前,序时推进,10%\n"), ("县教育局.zip", inner.ToArray())]);
        }

        var summary = await f.IngestAsync();

        var refused = Assert.Single(summary.Files, r => r.Outcome == FileOutcome.Refused);
        Assert.StartsWith("文件“县教育局.csv”（压缩包“2024年6月改革任务台账报送.zip/县教育局.zip”中）：", refused.Message, StringComparison.Ordinal);
        // The row without a task (row 4 of 县发改局.csv) is located the same way.
        var row = Assert.Single(summary.Issues, i => i.Row == 4);
        Assert.Equal("县发改局.csv（压缩包“2024年6月改革任务台账报送.zip”中）", row.FileLabel);
        Assert.StartsWith("文件“县发改局.csv”（压缩包“2024年6月改革任务台账报送.zip”中），第4行，“改革任务”列：该行（序号3）填写了内容", row.Describe(), StringComparison.Ordinal);
        Assert.Null(summary.RunId);
    }

    [Fact]
    public async Task AnIssueStoredFromAnUnpackedFile_NamesTheArchiveAndThePathWithin_NotTheDeletedCopy()
    {
        using var f = new IngestFixture();
        using (var inner = new MemoryStream())
        {
            TestZip.Write(inner, TestZip.Gbk(), [("县财政局.csv", Finance.Replace("2024年9月底前", "春节前", StringComparison.Ordinal))]);
            TestZip.Write(Path.Combine(f.Input, ArchiveName), TestZip.Gbk(), [
                ("6月报送/县发改局.csv", Development.Replace("2024年12月底前", "春节前", StringComparison.Ordinal)),
                ("单位/县财政局.zip", inner.ToArray()),
            ]);
        }

        var summary = await f.IngestAsync();

        // The unreadable deadlines are warnings: the rows are stored, and so are the issues, located in the archive.
        Assert.Equal(3, summary.RowsStored);
        var stored = await f.QueryAsync("""SELECT file, row, "column", value FROM ingest_issues WHERE value = '春节前' ORDER BY file""");
        var archive = Path.Combine(f.Input, ArchiveName);
        Assert.Equal(
            [$"{archive}/6月报送/县发改局.csv|3|完成时限|春节前", $"{archive}/单位/县财政局.zip/县财政局.csv|2|完成时限|春节前"],
            stored.Select(r => string.Join('|', r)));
        Assert.Equal(
            ["6月报送/县发改局.csv（压缩包“2024年6月改革任务台账报送.zip”中）", "县财政局.csv（压缩包“2024年6月改革任务台账报送.zip/县财政局.zip”中）"],
            summary.Issues.Where(i => i.Value == "春节前").Select(i => i.FileLabel).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnEncryptedReturn_IsRefusedNamingTheArchiveAndTheFile()
    {
        using var temp = new TempFolder("reform-zip");
        var zip = temp.File(ArchiveName);
        TestZip.Write(zip, TestZip.Gbk(), [("县发改局.csv", Development)], encrypt: true);

        using var input = InputFiles.Expand([zip]);

        Assert.Empty(input.Files);
        var refusal = Assert.Single(input.Refusals);
        Assert.Equal("文件“2024年6月改革任务台账报送.zip”，值“县发改局.csv”：压缩包中的“县发改局.csv”设置了解压密码，无法读取。请解压后再导入其中的台账。", refusal.Describe());
    }

    [Fact]
    public void AnArchiveOverTheLimits_IsRefused_BySizeAndByCompressionRatio()
    {
        using var temp = new TempFolder("reform-zip");
        var zip = temp.File(ArchiveName);
        // 2 MiB of one character packs about a thousand times: a bomb by its ratio (limit 250, above 1 MiB).
        TestZip.Write(zip, TestZip.Gbk(), [("县发改局.csv", new string('0', 2 << 20))]);

        using (var input = InputFiles.Expand([zip]))
        {
            Assert.Matches("^文件“2024年6月改革任务台账报送.zip”，值“县发改局.csv”：压缩包中的“县发改局.csv”压缩比高达[0-9]+倍（上限250倍），疑似异常文件（压缩炸弹），已拒绝读取。", Assert.Single(input.Refusals).Describe());
            Assert.Empty(input.Files);
        }

        // By size: 2 MiB unpacked against a 1 MiB limit for the run.
        using (var input = InputFiles.Expand([zip], new ReadOptions { MaxUnpackedBytes = 1 << 20 }))
        {
            Assert.Equal("文件“2024年6月改革任务台账报送.zip”，值“县发改局.csv”：压缩包解压后超过允许的上限1 MB，疑似异常文件（压缩炸弹），已拒绝读取。请解压后只导入其中的台账文件。", Assert.Single(input.Refusals).Describe());
        }
    }

    /// <summary>June's returns packed whole: a zip as a Chinese Windows writes it, a RAR 5 (<see cref="TestRar"/>), or 7-Zip's solid archive of them (Data/Archives).</summary>
    private static void WholeArchive(string path, string kind)
    {
        switch (kind)
        {
            case ".zip":
                TestZip.Write(path, TestZip.Gbk(), [("县发改局.csv", Development), ("县财政局.csv", Finance)]);
                break;
            case ".rar":
                TestRar.Write(path, [("县发改局.csv", Development), ("县财政局.csv", Finance)]);
                break;
            default:
                File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "Archives", "2024年6月改革任务台账报送.7z"), path);
                break;
        }
    }

    [Theory]
    [InlineData("gbk")]
    [InlineData("utf-8")]
    public void EntryName_RawBytesWithoutTheFlag_AreReadAsTheirWriterMeantThem(string encoding)
    {
        var bytes = (encoding == "gbk" ? TestZip.Gbk() : Encoding.UTF8).GetBytes("6月报送/县发改局.xlsx");

        Assert.Equal("6月报送/县发改局.xlsx", ReturnArchives.EntryName(Encoding.Latin1.GetString(bytes)));
        Assert.Equal("县发改局.xlsx", ReturnArchives.EntryName("县发改局.xlsx"));
        Assert.Equal("ledger.csv", ReturnArchives.EntryName("ledger.csv"));
    }
}
