using ReformAnalytics.Charts;

namespace ReformAnalytics.Tests.Charts;

/// <summary>Figure 5 names every special group so a reader can tell them apart, as the offices shorten them.</summary>
public sealed class QuarterChangeGroupNamesTests
{
    private static IReadOnlyList<string> BottomTicks(IReadOnlyList<PeriodComparison> rows)
    {
        using var plot = QuarterChangeChart.Build(rows, "t", "上季度", "本季度");
        plot.RenderInMemory(720, 420);
        return plot.Axes.Bottom.TickGenerator.Ticks.Select(t => t.Label).ToList();
    }

    [Fact]
    public void SevenGroups_AreNamedByTheirShortForms_NotCutToFiveCharacters()
    {
        // The sample county's seven groups: 560 / 7 = 80 px each, 80 / 12 px = 6 characters. Without 专项小组,
        // 民主法制领域改革 (8) and three more are still too long, so every group drops its 改革 with the 体制 / 制度 /
        // 领域 before it: 党的建设制度改革专项小组 -> 党的建设, 经济体制改革专项小组 -> 经济. (Before: 党的建设制…, 纪律检查体….)
        string[] groups = ["党的建设制度改革专项小组", "文化体制改革专项小组", "民主法制领域改革专项小组", "生态文明体制改革专项小组", "社会体制改革专项小组", "纪律检查体制改革专项小组", "经济体制改革专项小组"];

        var ticks = BottomTicks([.. groups.Select(g => new PeriodComparison(g, 10, 20))]);

        Assert.Equal(["党的建设", "文化", "民主法制", "生态文明", "社会", "纪律检查", "经济"], ticks);
    }

    [Fact]
    public void FiveGroups_WithRoomEnough_KeepTheirNamesWithoutTheSuffix()
    {
        // 560 / 5 / 12 = 9 characters: 生态文明体制改革 (8) fits, so no name is shortened further.
        string[] groups = ["经济体制改革专项小组", "民主法制领域改革专项小组", "生态文明体制改革专项小组", "社会体制改革专项小组", "文化体制改革专项小组"];

        var ticks = BottomTicks([.. groups.Select(g => new PeriodComparison(g, 10, 20))]);

        Assert.Equal(["经济体制改革", "民主法制领域改革", "生态文明体制改革", "社会体制改革", "文化体制改革"], ticks);
    }

    [Fact]
    public void ShortFormsTwoGroupsWouldShare_AreNotUsed_TheLongerNamesWrapOntoTwoLines()
    {
        // 经济体制改革 and 经济领域改革 would both be 经济: both keep their names, six characters on two lines of three.
        var labels = GroupShortNames.Labels(["经济体制改革专项小组", "经济领域改革专项小组"], 4);

        Assert.Equal(["经济体\n制改革", "经济领\n域改革"], labels);
    }

    [Fact]
    public void ManyGroups_ShortFormsWrap_AndOnlyANameLongerThanTwoLinesIsCut()
    {
        // Three characters a line: 民主法制 (4) -> 民主 / 法制 (two and two); 社会 fits; 乡村振兴与城乡融合 (9 once its
        // 改革 is dropped, more than two lines of three) -> 乡村振 / 兴与… .
        var labels = GroupShortNames.Labels(["民主法制领域改革专项小组", "社会体制改革专项小组", "乡村振兴与城乡融合改革专项小组"], 3);

        Assert.Equal(["民主\n法制", "社会", "乡村振\n兴与…"], labels);
    }
}
