using System.Text;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// Offices keep returns in folders named for the ledger and the month (改革任务台账报送/2024年6月/县发改局.csv). A return
/// named only for its unit takes the ledger and month its folders say, nearest folder first, from the folder given
/// down; folders above the one given are not read. Fixture: <see cref="JuneReturns"/>, and July's return of 县发改局
/// with 推进A改革 at 70% and 推进B改革 at 50%.
/// </summary>
public sealed class FolderNamesTests
{
    private static readonly string July = JuneReturns.Development.Replace("60%", "70%", StringComparison.Ordinal).Replace("40%", "50%", StringComparison.Ordinal);

    [Fact]
    public async Task ReturnsInMonthFolders_UnderALedgerFolder_AreStoredForThoseMonths()
    {
        using var f = new IngestFixture();
        Write(f.Input, "改革任务台账报送/2024年6月/县发改局.csv", JuneReturns.Development);
        Write(f.Input, "改革任务台账报送/2024年7月/县发改局.csv", July);

        var summary = await f.IngestAsync();

        Assert.False(summary.Refused);
        Assert.Equal(4, summary.RowsStored);
        var stored = await f.QueryAsync("SELECT ledger, strftime(report_month, '%Y-%m'), task_name, progress_pct FROM snapshots ORDER BY report_month, task_name");
        Assert.Equal(
            ["overall|2024-06|推进A改革|60", "overall|2024-06|推进B改革|40", "overall|2024-07|推进A改革|70", "overall|2024-07|推进B改革|50"],
            stored.Select(r => string.Join('|', r)));
    }

    [Fact]
    public async Task FoldersInAnArchive_TheArchive_AndTheFoldersAroundIt_AreReadNearestFirst()
    {
        using var f = new IngestFixture();
        var given = Path.Combine(f.Input, "报送");
        Write(given, "总台账/2024年/6月/县发改局.csv", JuneReturns.Development);
        Directory.CreateDirectory(Path.Combine(given, "自选试点"));
        TestZip.Write(Path.Combine(given, "自选试点", "报送.zip"), TestZip.Gbk(), [("2024.6/县财政局.csv", JuneReturns.Finance)]);

        using (var input = InputFiles.Expand([given]))
        {
            Assert.Equal(["6月", "2024年", "总台账", "报送"], input.EnclosingNames(Path.Combine(given, "总台账", "2024年", "6月", "县发改局.csv")));
            var unpacked = Assert.Single(input.Files, file => file.StartsWith(input.Scratch!, StringComparison.Ordinal));
            Assert.Equal(["2024.6", "报送.zip", "自选试点", "报送"], input.EnclosingNames(unpacked));
        }

        var summary = await f.IngestAsync(null, given);

        Assert.False(summary.Refused);
        var stored = await f.QueryAsync("SELECT ledger, strftime(report_month, '%Y-%m'), source_file, task_name FROM snapshots ORDER BY ledger, task_name");
        Assert.Equal(
            ["local_pilot|2024-06|县财政局.csv|推进C改革", "overall|2024-06|县发改局.csv|推进A改革", "overall|2024-06|县发改局.csv|推进B改革"],
            stored.Select(r => string.Join('|', r)));
    }

    [Fact]
    public async Task TheFolderGiven_AndTheFolderOfAFileGiven_AreRead_ButNotTheFoldersAboveThem()
    {
        using var f = new IngestFixture();
        var ledgerFolder = Path.Combine(f.Input, "2024年6月改革任务总台账");
        Write(ledgerFolder, "县发改局.csv", JuneReturns.Development);
        Write(ledgerFolder, "县财政局/县财政局.csv", JuneReturns.Finance);

        // Given the folder 县财政局 alone, the name above it is not read: refused, saying where to write the month.
        var refused = await f.IngestAsync(null, Path.Combine(ledgerFolder, "县财政局"));
        Assert.True(refused.Refused);
        Assert.Contains("请在文件名、工作表名、标题行或所在文件夹名中写明", Assert.Single(refused.Files).Message, StringComparison.Ordinal);
        Assert.Equal("(no database)", await f.DatabaseFingerprintAsync());

        // A file given: the name of the folder it is in is read.
        var file = await f.IngestAsync(null, Path.Combine(ledgerFolder, "县发改局.csv"));
        Assert.False(file.Refused);
        Assert.Equal(2, file.RowsStored);

        // The ledger's folder given: both returns are June's overall ledger.
        var folder = await f.IngestAsync(null, ledgerFolder);
        Assert.False(folder.Refused);
        var stored = await f.QueryAsync("SELECT ledger, strftime(report_month, '%Y-%m'), source_file, task_name FROM snapshots ORDER BY task_name");
        Assert.Equal(
            ["overall|2024-06|县发改局.csv|推进A改革", "overall|2024-06|县发改局.csv|推进B改革", "overall|2024-06|县财政局.csv|推进C改革"],
            stored.Select(r => string.Join('|', r)));
    }

    [Fact]
    public async Task TwoReturnsOfTheSameName_InDifferentFolders_AreToldApartInTheMessages()
    {
        using var f = new IngestFixture();
        Write(f.Input, "2024年6月改革任务总台账/县发改局.csv", JuneReturns.Development);
        Write(f.Input, "2024年7月/县发改局.csv", July); // no folder names the ledger

        var summary = await f.IngestAsync();

        var refused = Assert.Single(summary.Files, r => r.Outcome == FileOutcome.Refused);
        Assert.StartsWith("文件“2024年7月/县发改局.csv”：无法判断该表属于哪本台账（总台账、上级部署试点台账还是自选试点台账）。从名称中只读出了月份（2024年7月）。请在", refused.Message, StringComparison.Ordinal);
        var checkedFile = Assert.Single(summary.Files, r => r.Outcome == FileOutcome.Checked);
        Assert.Equal("2024年6月改革任务总台账/县发改局.csv", summary.LabelOf(checkedFile.File));
        Assert.Equal("(no database)", await f.DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task TwoArchivesOfTheSameName_InMonthFolders_AreNamedWithTheirFolders()
    {
        using var f = new IngestFixture();
        var given = Path.Combine(f.Input, "2024年改革任务总台账");
        Directory.CreateDirectory(Path.Combine(given, "6月"));
        Directory.CreateDirectory(Path.Combine(given, "7月"));
        TestZip.Write(Path.Combine(given, "6月", "报送.zip"), TestZip.Gbk(), [("县发改局.csv", JuneReturns.Development.Replace("60%", "过半", StringComparison.Ordinal))]);
        TestZip.Write(Path.Combine(given, "7月", "报送.zip"), TestZip.Gbk(), [("县发改局.csv", July.Replace("70%", "大半", StringComparison.Ordinal))]);

        var summary = await f.IngestAsync(null, given);

        // Stored, June and July of the overall ledger (the months from the folders, the year and ledger from the folder given).
        Assert.Equal(4, summary.RowsStored);
        Assert.Equal(
            ["县发改局.csv（压缩包“6月/报送.zip”中）|过半", "县发改局.csv（压缩包“7月/报送.zip”中）|大半"],
            summary.Issues.Where(i => i.Column == "完成进度").Select(i => $"{i.FileLabel}|{i.Value}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ACorrectionMarkInAFolderName_WinsOverTheOriginal_ThoughTheOriginalSortsLast()
    {
        using var f = new IngestFixture();
        var corrected = JuneReturns.Development.Replace("60%", "65%", StringComparison.Ordinal);
        // 修订稿 sorts before 原稿: without reading the folder's mark, the original would win as the last by name.
        Write(f.Input, "2024年6月改革任务台账/修订稿/县发改局.csv", corrected);
        Write(f.Input, "2024年6月改革任务台账/原稿/县发改局.csv", JuneReturns.Development);

        var summary = await f.IngestAsync();

        var stored = await f.QueryAsync("SELECT task_name, progress_pct FROM snapshots ORDER BY task_name");
        Assert.Equal(["推进A改革|65", "推进B改革|40"], stored.Select(r => string.Join('|', r)));
        var superseded = Assert.Single(summary.Files, r => r.Outcome == FileOutcome.Superseded);
        Assert.Equal(Path.Combine(f.Input, "2024年6月改革任务台账", "原稿", "县发改局.csv"), superseded.File);
        Assert.Equal("同一台账同一月份另有文件“2024年6月改革任务台账/修订稿/县发改局.csv”，本文件被其替代，未入库。", superseded.Message);
    }

    [Fact]
    public async Task ACorrectionMarkInAnArchiveName_WinsOverTheOriginalArchive_AndTheMessageNamesIt()
    {
        using var f = new IngestFixture();
        var corrected = JuneReturns.Development.Replace("40%", "45%", StringComparison.Ordinal);
        // 修正版.zip sorts before 原版.zip.
        TestZip.Write(Path.Combine(f.Input, "修正版.zip"), TestZip.Gbk(), [("2024年6月改革任务总台账/县发改局.csv", corrected)]);
        TestZip.Write(Path.Combine(f.Input, "原版.zip"), TestZip.Gbk(), [("2024年6月改革任务总台账/县发改局.csv", JuneReturns.Development)]);

        var summary = await f.IngestAsync();

        var stored = await f.QueryAsync("SELECT task_name, progress_pct FROM snapshots ORDER BY task_name");
        Assert.Equal(["推进A改革|60", "推进B改革|45"], stored.Select(r => string.Join('|', r)));
        var superseded = Assert.Single(summary.Issues, i => i.Message.Contains("被其替代", StringComparison.Ordinal));
        Assert.Equal("2024年6月改革任务总台账/县发改局.csv（压缩包“原版.zip”中）", superseded.FileLabel);
        Assert.Equal("同一台账同一月份另有文件“2024年6月改革任务总台账/县发改局.csv（压缩包“修正版.zip”中）”，本文件被其替代，未入库。", superseded.Message);
    }

    private static void Write(string root, string relative, string content)
    {
        var path = Path.Combine([root, .. relative.Split('/')]);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }
}
