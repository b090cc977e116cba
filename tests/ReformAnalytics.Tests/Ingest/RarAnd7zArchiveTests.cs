using ReformAnalytics.Ingest;
using ReformAnalytics.Model;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// Returns packed as .rar (WinRAR, 360压缩: the most common archive in a Chinese office) and .7z. The .7z files under
/// Data/Archives were made with 7-Zip 26 (<c>7zz a -t7z</c>) from <see cref="JuneReturns"/>: a solid archive of
/// 6月报送/县发改局.csv and 6月报送/县财政局.csv; 县财政局.csv with a password (names readable); the same with its names
/// hidden too (-mhe=on); and 20,000,000 zero bytes named 县发改局.csv packed into 3 KB. The .rar files are written by
/// <see cref="TestRar"/>. A broken archive of each kind is refused like a zip (<see cref="ReturnArchivesTests"/>).
/// </summary>
public sealed class RarAnd7zArchiveTests
{
    private const string RarName = "2024年6月改革任务台账报送.rar";

    [Fact]
    public async Task ARarOfTwoUnitsReturns_IsReadLikeAZip_ForTheMonthItsNameSays()
    {
        using var f = new IngestFixture();
        TestRar.Write(Path.Combine(f.Input, RarName), [("6月报送/县发改局.csv", JuneReturns.Development), ("6月报送/县财政局.csv", JuneReturns.Finance)]);

        var summary = await f.IngestAsync();

        Assert.False(summary.Refused);
        Assert.Equal(JuneReturns.Stored, await JuneReturns.StoredAsync(f));
        Assert.Equal("已解压读取压缩包“2024年6月改革任务台账报送.rar”中的2个文件：县发改局.csv、县财政局.csv。", Assert.Single(summary.Archives).Describe());
        Assert.Null(InputFileSet.DescribeUnread(summary.Unread));

        // The same archive again changes nothing.
        var again = await f.IngestAsync();
        Assert.Null(again.RunId);
        Assert.Equal([FileOutcome.Unchanged, FileOutcome.Unchanged], again.Files.Select(r => r.Outcome));
    }

    [Fact]
    public async Task ASolid7z_IsReadLikeAZip()
    {
        using var f = new IngestFixture();
        File.Copy(Fixture("2024年6月改革任务台账报送.7z"), Path.Combine(f.Input, "2024年6月改革任务台账报送.7z"));

        var summary = await f.IngestAsync();

        Assert.False(summary.Refused);
        Assert.Equal(
            ["县发改局|推进A改革|60", "县发改局|推进B改革|40", "县财政局|推进C改革|50"],
            (await f.QueryAsync("SELECT lead_unit, task_name, progress_pct FROM snapshots ORDER BY task_name")).Select(r => string.Join('|', r)));
        Assert.Equal("已解压读取压缩包“2024年6月改革任务台账报送.7z”中的2个文件：县发改局.csv、县财政局.csv。", Assert.Single(summary.Archives).Describe());
    }

    [Fact]
    public void ARarInsideA7zInsideAZip_IsUnpackedLevelByLevel()
    {
        using var temp = new TempFolder("reform-rar");
        TestRar.Write(temp.File("县财政局.rar"), [("县财政局.csv", JuneReturns.Finance)]);
        TestZip.Write(temp.File("报送.zip"), TestZip.Gbk(), [
            ("2024年6月改革任务台账报送.7z", File.ReadAllBytes(Fixture("2024年6月改革任务台账报送.7z"))),
            ("单位/县财政局.rar", File.ReadAllBytes(temp.File("县财政局.rar"))),
        ]);
        File.Delete(temp.File("县财政局.rar"));

        using var input = InputFiles.Expand([temp.File("报送.zip")]);

        Assert.Empty(input.Refusals);
        // 县财政局.csv comes twice with the same content (in the .7z and in the .rar): read once, from the first.
        Assert.Equal(["县发改局.csv", "县财政局.csv"], input.Files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var sevenZip = input.Files.Single(p => Path.GetFileName(p) == "县发改局.csv");
        Assert.Equal(Path.Combine(temp.File("报送.zip"), "2024年6月改革任务台账报送.7z", "6月报送/县发改局.csv"), input.FoundAt[sevenZip]);
        Assert.Equal(["6月报送", "2024年6月改革任务台账报送.7z", "报送.zip", Path.GetFileName(temp.Path)], input.EnclosingNames(sevenZip));
        Assert.Contains(input.Archives, a => a.Archive.EndsWith("县财政局.rar", StringComparison.Ordinal) && a.SameAsEarlier == 1);
    }

    [Fact]
    public void A7zWithAPassword_IsRefused_NamingTheFileOrTheArchive()
    {
        using (var input = InputFiles.Expand([Fixture("有密码的报送.7z")]))
        {
            Assert.Empty(input.Files);
            Assert.Equal(
                "文件“有密码的报送.7z”，值“6月报送/县财政局.csv”：压缩包中的“县财政局.csv”设置了解压密码，无法读取。请解压后再导入其中的台账。",
                Assert.Single(input.Refusals).Describe());
        }

        // Its names hidden too: nothing can be listed without the password.
        using (var input = InputFiles.Expand([Fixture("文件名加密的报送.7z")]))
        {
            Assert.Empty(input.Files);
            Assert.Equal(
                "文件“文件名加密的报送.7z”：压缩包设置了解压密码（连文件名也需密码才能查看），无法读取。请解压后再导入其中的台账，或请报送单位发送不加密的压缩包。",
                Assert.Single(input.Refusals).Describe());
        }
    }

    [Fact]
    public void A7zBomb_IsRefusedByItsRatio_AndARarWhoseDataRunsPastItsDeclaredSize_AsBroken()
    {
        // 20,000,000 bytes in a 3,106-byte solid archive: about 6,400 times, against a limit of 250.
        using (var input = InputFiles.Expand([Fixture("2024年6月过度压缩.7z")]))
        {
            Assert.Empty(input.Files);
            Assert.Equal(
                "文件“2024年6月过度压缩.7z”，值“县发改局.csv”：压缩包中的“县发改局.csv”压缩比高达6439倍（上限250倍），疑似异常文件（压缩炸弹），已拒绝读取。请解压后只导入其中的台账文件。",
                Assert.Single(input.Refusals).Describe());
        }

        // A forged header declares 10 bytes for a file of more: nothing past the 10 bytes is written; the archive is refused.
        using var temp = new TempFolder("reform-rar");
        TestRar.Write(temp.File(RarName), [("县发改局.csv", JuneReturns.Development)], new Dictionary<string, long> { ["县发改局.csv"] = 10 });
        using (var input = InputFiles.Expand([temp.File(RarName)]))
        {
            Assert.Empty(input.Files);
            Assert.StartsWith("文件“2024年6月改革任务台账报送.rar”：压缩包不完整或已损坏", Assert.Single(input.Refusals).Describe(), StringComparison.Ordinal);
        }
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "Archives", name);
}
