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
                 })
        {
            File.WriteAllText(Path.Combine(inbox, name), "x");
        }

        var input = InputFiles.Expand([inbox]);

        Assert.Equal(["2024年6月改革任务总台账.xlsx", "2024年6月自选试点台账.CSV", Path.Combine("县教育局", "6月台账.xls")], input.Files.Select(f => Path.GetRelativePath(inbox, f)));
        Assert.Empty(input.OwnOutputs);
    }

    [Fact]
    public void APathThatIsNeither_IsNamedInChinese()
    {
        var e = Assert.Throws<FileNotFoundException>(() => InputFiles.Expand(["/no/such/收件箱"]));
        Assert.Equal("找不到文件或目录“/no/such/收件箱”。", e.Message);
    }
}
