using System.Text.RegularExpressions;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;

namespace ReformAnalytics.Tests.Normalising;

public sealed class TaskMatcherTests
{
    private static readonly ReportMonth May = new(2024, 5);

    private readonly TaskMatcher _matcher = new();

    [Fact]
    public void Match_RowsReordered_KeepTheirIds()
    {
        var may = Known(("推进医共体建设", "县卫健局"), ("深化国资国企改革", "县国资办"), ("推进数字政府建设", "县数据局"));

        var june = _matcher.Match(Ledger.Overall, 2024, may, Rows(("推进数字政府建设", "县数据局"), ("推进医共体建设", "县卫健局"), ("深化国资国企改革", "县国资办")));

        Assert.Equal([may[2].TaskId, may[0].TaskId, may[1].TaskId], june.Select(m => m.TaskId));
        Assert.All(june, m => Assert.Equal(TaskMatchKind.Exact, m.Kind));
    }

    [Fact]
    public void Match_NumberingRestartsOrChanges_KeepsIds()
    {
        // 序号 restarts under each section, and some offices write it into the task cell.
        var may = Known(("1.推进医共体建设", null), ("（二）深化国资国企改革", null), ("3、推进数字政府建设", null));

        var june = _matcher.Match(Ledger.Overall, 2024, may, Rows(("1、深化国资国企改革", null), ("(1)推进数字政府建设", null), ("一、推进医共体建设", null)));

        Assert.Equal([may[1].TaskId, may[2].TaskId, may[0].TaskId], june.Select(m => m.TaskId));
        Assert.All(june, m => Assert.Equal(TaskMatchKind.Exact, m.Kind));
    }

    [Fact]
    public void Match_PunctuationAndWidthChanged_IsExact()
    {
        var may = Known(("推进“放管服”改革。", null), ("实施ＡＢＣ工程", null));

        var june = _matcher.Match(Ledger.Overall, 2024, may, Rows(("推进 放管服 改革", null), ("实施abc工程", null)));

        Assert.Equal([may[0].TaskId, may[1].TaskId], june.Select(m => m.TaskId));
        Assert.All(june, m => Assert.Equal(TaskMatchKind.Exact, m.Kind));
    }

    [Fact]
    public void Match_WordAddedInFront_IsSimilarAndKeepsTheId()
    {
        // 推进医共体建设改革 (9 characters, 8 bigrams) inside 深化推进医共体建设改革 (11, 10 bigrams): 2 characters
        // added in front. Dice = 2·8 / (8 + 10) = 16/18 = 0.8889.
        var may = Known(("推进医共体建设改革", "县卫健局"));

        var june = _matcher.Match(Ledger.Overall, 2024, may, Rows(("深化推进医共体建设改革", "县卫健局")));

        var match = Assert.Single(june);
        Assert.Equal(may[0].TaskId, match.TaskId);
        Assert.Equal(TaskMatchKind.Similar, match.Kind);
        Assert.Equal(0.8889, match.Score);
        Assert.Equal("推进医共体建设改革", match.MatchedName);
    }

    [Fact]
    public void Match_TaskAddedMidYear_GetsANewIdAndOthersKeepTheirs()
    {
        var may = Known(("推进医共体建设", "县卫健局"));

        var june = _matcher.Match(Ledger.Overall, 2024, may, Rows(("推进医共体建设", "县卫健局"), ("开展营商环境评价", "县发改局")));

        Assert.Equal(may[0].TaskId, june[0].TaskId);
        Assert.Equal(TaskMatchKind.New, june[1].Kind);
        Assert.NotEqual(may[0].TaskId, june[1].TaskId);
        Assert.Matches(new Regex("^OV2024-[0-9a-f]{8}$"), june[1].TaskId);
    }

    [Fact]
    public void Match_TwoSimilarButDifferentTasks_AreNotMerged()
    {
        // 推进城乡供水一体化改革 and 推进城乡公交一体化改革 have 10 bigrams each and share 7
        // (推进 进城 城乡 一体 体化 化改 改革): Dice = 14/20 = 0.7 < 0.8, and neither contains the other.
        var may = Known(("推进城乡供水一体化改革", "县水利局"));

        var june = _matcher.Match(Ledger.Overall, 2024, may, Rows(("推进城乡公交一体化改革", "县交通局")));

        Assert.Equal(TaskMatchKind.New, Assert.Single(june).Kind);
        Assert.NotEqual(may[0].TaskId, june[0].TaskId);
    }

    [Fact]
    public void Match_BothSimilarTasksPresent_EachKeepsItsOwnId()
    {
        var may = Known(("推进城乡供水一体化改革", "县水利局"), ("推进城乡公交一体化改革", "县交通局"));

        var june = _matcher.Match(Ledger.Overall, 2024, may, Rows(("推进城乡公交一体化改革", "县交通局"), ("推进城乡供水一体化改革", "县水利局")));

        Assert.Equal([may[1].TaskId, may[0].TaskId], june.Select(m => m.TaskId));
    }

    [Fact]
    public void Match_TwoRowsSimilarToOneTask_OnlyTheBestTakesIt()
    {
        // Known 推进医共体建设改革 (8 bigrams). Row A 深化推进医共体建设改革: 16/18 = 0.889.
        // Row B 推进医共体建设改革试点工作 (12 bigrams, 4 characters added): 16/20 = 0.8. A wins; B is new.
        var may = Known(("推进医共体建设改革", null));

        var june = _matcher.Match(Ledger.Overall, 2024, may, Rows(("推进医共体建设改革试点工作", null), ("深化推进医共体建设改革", null)));

        Assert.Equal(TaskMatchKind.New, june[0].Kind);
        Assert.Equal(may[0].TaskId, june[1].TaskId);
    }

    [Fact]
    public void Match_EquallySimilarTasks_PrefersTheSameLeadUnit()
    {
        // The row's key is contained in both known keys with 2 characters added; both have 13 bigrams against the
        // row's 11 and share 11: Dice 22/24 for each. The tie is broken by the lead unit: the second task.
        var may = Known(("完善基层医疗卫生服务体系一期", "县发改局"), ("完善基层医疗卫生服务体系二期", "县卫健局"));

        var june = _matcher.Match(Ledger.Overall, 2024, may, Rows(("完善基层医疗卫生服务体系", "县卫健局")));

        Assert.Equal(may[1].TaskId, Assert.Single(june).TaskId);
    }

    [Fact]
    public void Match_DuplicateNamesInAMonth_PairByLeadUnit()
    {
        var may = Known(("推进数字政府建设", "县数据局"), ("推进数字政府建设", "县政务服务中心"));

        var june = _matcher.Match(Ledger.Overall, 2024, may, Rows(("推进数字政府建设", "县政务服务中心"), ("推进数字政府建设", "县数据局")));

        Assert.Equal([may[1].TaskId, may[0].TaskId], june.Select(m => m.TaskId));
    }

    [Fact]
    public void Match_SameNameAndLeadUnitInTwoGroups_PairByGroupWhenTheRowsSwap()
    {
        // 健全工作机制 by 县发改局 twice, once per 专项小组; in June the two rows come in the other order. Before, the order
        // decided and the two histories swapped.
        TaskIndex may = new([
            new KnownTask("OV2024-a", "健全工作机制", "县发改局", May, "经济体制改革专项小组"),
            new KnownTask("OV2024-b", "健全工作机制", "县发改局", May, "社会事业改革专项小组")]);
        TaskCandidate[] june = [new("健全工作机制", "县发改局", "社会事业改革专项小组"), new("健全工作机制", "县发改局", "经济体制改革专项小组")];
        var result = new TaskMatch[2];

        _matcher.Match(Ledger.Overall, 2024, may, june, result);

        Assert.Equal(["OV2024-b", "OV2024-a"], result.Select(m => m.TaskId));
    }

    [Fact]
    public void Match_SameNameTwiceInTheFirstMonth_GivesDistinctIds()
    {
        var january = _matcher.Match(Ledger.Overall, 2024, [], Rows(("a", null), ("a", null)));

        // FNV-1a 32 of the UTF-8 bytes of "a" is 0xe40c292c (a published FNV test vector).
        Assert.Equal(["OV2024-e40c292c", "OV2024-e40c292c-2"], january.Select(m => m.TaskId));
    }

    [Fact]
    public void Match_NewId_CarriesLedgerAndYear()
    {
        var pilot = _matcher.Match(Ledger.LocalPilot, 2025, [], Rows(("a", null)));
        var assigned = _matcher.Match(Ledger.AssignedPilot, 2023, [], Rows(("a", null)));

        Assert.Equal("LP2025-e40c292c", pilot[0].TaskId);
        Assert.Equal("AP2023-e40c292c", assigned[0].TaskId);
    }

    [Fact]
    public void Match_OverSeveralMonths_IdStaysWhileTheNameDrifts()
    {
        var january = _matcher.Match(Ledger.Overall, 2024, [], Rows(("推进医共体建设改革", "县卫健局")));
        var id = january[0].TaskId;
        var known = new List<KnownTask> { new(id, "推进医共体建设改革", "县卫健局", new ReportMonth(2024, 1)) };

        var february = _matcher.Match(Ledger.Overall, 2024, known, Rows(("深化推进医共体建设改革", "县卫健局")));
        known[0] = new KnownTask(id, "深化推进医共体建设改革", "县卫健局", new ReportMonth(2024, 2));
        var march = _matcher.Match(Ledger.Overall, 2024, known, Rows(("深化推进医共体建设改革。", "县卫健局")));

        Assert.Equal(id, february[0].TaskId);
        Assert.Equal(id, march[0].TaskId);
        Assert.Equal(TaskMatchKind.Exact, march[0].Kind);
    }

    [Fact]
    public void TaskIds_TakenId_GetsASuffix()
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "OV2024-e40c292c", "OV2024-e40c292c-2" };

        Assert.Equal("OV2024-e40c292c-3", TaskIds.New(Ledger.Overall, 2024, "a", taken));
    }

    [Theory]
    [InlineData("", 0x811c9dc5u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void TaskIds_Fnv1a_MatchesPublishedVectors(string text, uint expected)
    {
        Assert.Equal(expected, TaskIds.Fnv1a(text));
    }

    [Theory]
    [InlineData("（一）推进 医共体建设。", "推进医共体建设")]
    [InlineData("1.推进医共体建设", "推进医共体建设")]
    [InlineData("1.2. 推进医共体建设", "推进医共体建设")]
    [InlineData("①推进医共体建设", "推进医共体建设")]
    [InlineData("一、推进医共体建设", "推进医共体建设")]
    [InlineData("1.5万亩高标准农田建设", "15万亩高标准农田建设")] // 1.5 is a number, not numbering
    [InlineData("一体化推进ＡＢＣ改革", "一体化推进abc改革")] // 一体化 is a word, not numbering
    public void TaskNameKey_Of_RemovesNumberingPunctuationAndWidth(string name, string expected)
    {
        Assert.Equal(expected, TaskNameKey.Of(name));
    }

    [Fact]
    public void Match_TypoFixedInAShortName_OfTheSameUnit_IsSimilar()
    {
        // 深化教育评介改革 -> 深化教育评价改革: 8 characters, one changed; bigram Dice is 2 x 5 / 14 = 0.71, under 0.8.
        // 完善河长制 -> 完善河湖长制: one character added inside (Dice 2 x 3 / 9 = 0.67).
        var may = Known(("深化教育评介改革", "县教育局"), ("完善河长制", "县水利局"));

        var june = _matcher.Match(Ledger.Overall, 2024, may, Rows(("深化教育评价改革", "县教育局"), ("完善河湖长制", "县水利局")));

        Assert.Equal((may[0].TaskId, TaskMatchKind.Similar, "深化教育评介改革"), (june[0].TaskId, june[0].Kind, june[0].MatchedName));
        Assert.Equal((may[1].TaskId, TaskMatchKind.Similar), (june[1].TaskId, june[1].Kind));
    }

    [Theory]
    [InlineData("深化教育评价改革", "县人社局")] // one character apart, another unit
    [InlineData("深化教育评价体系", "县教育局")] // two characters apart
    [InlineData("评价改革", "县教育局")] // too short to tell
    public void Match_OneCharacterApart_OnlyForTheSameUnitAndLongEnoughNames(string name, string lead)
    {
        var may = Known(("深化教育评介改革", "县教育局"), ("评介改革", "县教育局"));

        var june = _matcher.Match(Ledger.Overall, 2024, may, Rows((name, lead)));

        Assert.Equal(TaskMatchKind.New, june[0].Kind);
    }

    [Fact]
    public void Match_TaskClosedOut_IsNotTakenByAnotherUnitsNewTask_ButIsByItsOwn()
    {
        // 健全完善工作机制 of 县发改局 completed in March and left out of the ledger from April. In June 县财政局 adds a task of
        // the same name, and 县发改局 one close to its other closed-out task: the first is new, the second keeps its id.
        var march = new ReportMonth(2024, 3);
        var done = new TaskState(true, new DateOnly(2024, 3, 31), "3月底前", 100, new DateOnly(2024, 3, 31));
        var ids = _matcher.Match(Ledger.Overall, 2024, [], Rows(("健全完善工作机制", "县发改局"), ("优化营商环境", "县发改局")));
        var known = new List<KnownTask>
        {
            new(ids[0].TaskId, "健全完善工作机制", "县发改局", march, null, done),
            new(ids[1].TaskId, "优化营商环境", "县发改局", march, null, done),
        };

        var result = new TaskMatch[2];
        _matcher.Match(Ledger.Overall, 2024, new TaskIndex(known), Rows(("健全完善工作机制", "县财政局"), ("持续优化营商环境", "县发改局")), result, month: new ReportMonth(2024, 6));

        Assert.Equal(TaskMatchKind.New, result[0].Kind);
        Assert.Equal((ids[1].TaskId, TaskMatchKind.Similar), (result[1].TaskId, result[1].Kind));

        // Reported in May (not closed out before June), it would still be matched across units, as a task moving unit is.
        var may = known.Select(k => k with { LastSeen = May }).ToList();
        var moved = new TaskMatch[1];
        _matcher.Match(Ledger.Overall, 2024, new TaskIndex(may), Rows(("健全完善工作机制", "县财政局")), moved, month: new ReportMonth(2024, 6));
        Assert.Equal((ids[0].TaskId, TaskMatchKind.Exact), (moved[0].TaskId, moved[0].Kind));
    }

    private List<KnownTask> Known(params (string Name, string? Lead)[] tasks)
    {
        var matches = _matcher.Match(Ledger.Overall, 2024, [], Rows(tasks));
        return tasks.Select((t, i) => new KnownTask(matches[i].TaskId, t.Name, t.Lead, May)).ToList();
    }

    private static TaskCandidate[] Rows(params (string Name, string? Lead)[] rows) =>
        rows.Select(r => new TaskCandidate(r.Name, r.Lead)).ToArray();
}
