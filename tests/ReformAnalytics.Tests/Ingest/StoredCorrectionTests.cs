using System.Text;
using ReformAnalytics.Ingest;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// A month stored from its correction (更正) is not overwritten by the original ingested on its own afterwards (the wrong
/// file dragged from the mail), as the original beside the correction in one run is not; a month replaced by a later
/// file says what it held before.
/// </summary>
public sealed class StoredCorrectionTests
{
    private const string Original = "序号,改革任务,牵头单位,完成时限,完成进度\n1,推进医共体建设,县卫健局,2024年12月底前,30%\n";
    private const string Corrected = "序号,改革任务,牵头单位,完成时限,完成进度\n1,推进医共体建设,县卫健局,2024年12月底前,35%\n2,推进工伤保险省级统筹,县人社局,2024年12月底前,20%\n";

    [Fact]
    public async Task OriginalAfterItsStoredCorrection_IsLeftOut_AndTheCorrectionStays()
    {
        using var f = new IngestFixture();
        var correction = Write(f, "2024年3月改革任务总台账（更正）.csv", Corrected);
        await f.IngestAsync(null, correction);
        var original = Write(f, "2024年3月改革任务总台账.csv", Original);

        var summary = await f.IngestAsync(null, original);

        var report = Assert.Single(summary.Files);
        Assert.Equal(FileOutcome.Superseded, report.Outcome);
        Assert.Equal("已入库的2024年3月改革任务总台账来自更正件“2024年3月改革任务总台账（更正）.csv”，本文件没有标明更正，按其原稿处理，未入库。如本文件确是更晚的更正，请在文件名中注明“更正”后重新导入。", report.Message);
        Assert.False(summary.Refused);
        Assert.Equal(["推进医共体建设|35", "推进工伤保险省级统筹|20"], (await f.QueryAsync("SELECT task_name, progress_pct FROM snapshots ORDER BY source_row")).Select(r => string.Join('|', r)));
    }

    [Fact]
    public async Task LaterCorrection_ReplacesTheStoredMonth_AndSaysWhatItHeld()
    {
        using var f = new IngestFixture();
        await f.IngestAsync(null, Write(f, "2024年3月改革任务总台账.csv", Original));

        var summary = await f.IngestAsync(null, Write(f, "2024年3月改革任务总台账（更正）.csv", Corrected));

        var report = Assert.Single(summary.Files);
        Assert.Equal((FileOutcome.Ingested, "已替换此前入库的2024年3月改革任务总台账（原1行）。"), (report.Outcome, report.Message));
        Assert.Equal([[2L]], await f.QueryAsync("SELECT count(*) FROM snapshots"));
    }

    private static string Write(IngestFixture f, string name, string text)
    {
        var path = Path.Combine(f.Input, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
