using System.Text;

namespace ReformAnalytics.Tests.Ingest;

/// <summary>
/// The summary's list of status phrases not understood names the phrases of the rows the run stored. Before, a rerun
/// that stored nothing (the same folder ingested again) listed every phrase of its files again, as if newly found.
/// </summary>
public sealed class UnknownStatusSummaryTests
{
    [Fact]
    public async Task Rerun_ListsOnlyThePhrasesOfTheRowsItStores()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", "1,深化营商环境综合改革,县发改局,60%,基本完成\n2,推进教育评价改革,县教育局,30%,有序开展\n3,深化医药卫生体制改革,县卫健局,20%,有序开展\n");

        var first = await f.IngestAsync();
        var again = await f.IngestAsync();
        // July comes beside June unchanged: only July's rows are stored, one of them 有序开展.
        Write(f, "2024年7月改革任务总台账.csv", "1,深化营商环境综合改革,县发改局,70%,序时推进\n2,推进教育评价改革,县教育局,40%,有序开展\n");
        var july = await f.IngestAsync();

        Assert.Equal([("有序开展", 2), ("基本完成", 1)], first.UnknownStatusPhrases.Select(p => (p.Phrase, p.Count)));
        Assert.Null(again.RunId);
        Assert.Empty(again.UnknownStatusPhrases);
        Assert.Equal(2, july.RowsStored);
        Assert.Equal([("有序开展", 1, "2024年7月改革任务总台账.csv", 3)], july.UnknownStatusPhrases.Select(p => (p.Phrase, p.Count, p.FirstFile, p.FirstRow)));
    }

    private static void Write(IngestFixture f, string name, string rows) =>
        File.WriteAllText(Path.Combine(f.Input, name), "序号,改革任务,牵头单位,完成进度,状态\n" + rows, new UTF8Encoding(false));
}
