using ReformAnalytics.Charts;

namespace ReformAnalytics.Tests.Charts;

/// <summary>
/// Figure 4 names the special groups as figure 5 does (<see cref="GroupShortNames"/>), in the form figure 5's narrower
/// width allows, twelve characters a line on its left axis: without the 专项小组 every group shares, a name still too
/// long wrapped before it is cut. Before, each name was cut at twelve characters (乡村振兴与城乡融合改革专项小组 →
/// 乡村振兴与城乡融合改革…), and later figure 4 kept the longer form where figure 5 took the short one.
/// </summary>
public sealed class GroupCompletionGroupNamesTests
{
    private static IReadOnlyList<string> LeftTicks(params string[] groups)
    {
        using var plot = GroupCompletionChart.Build([.. groups.Select(g => new GroupStatusCount(g, "completed", 2))], "t");
        plot.RenderInMemory(720, 420);
        return plot.Axes.Left.TickGenerator.Ticks.OrderByDescending(t => t.Position).Select(t => t.Label).ToList();
    }

    [Fact]
    public void GroupsThatFitFigure5_DropOnlyTheSharedSuffix_NotCutOff()
    {
        // Two groups: 图5 has 560 / 2 / 12 = 23, at most 10 characters a group. 生态文明体制改革专项小组 without 专项小组 is
        // 生态文明体制改革 (8), 经济体制改革 (6): both fit, so neither is shortened further; first group on top.
        var ticks = LeftTicks("生态文明体制改革专项小组", "经济体制改革专项小组");

        Assert.Equal(["生态文明体制改革", "经济体制改革"], ticks);
    }

    [Fact]
    public void AGroupThatFitsTwelveCharactersButNotFigure5_TakesTheShortFormsAsFigure5Does()
    {
        // 乡村振兴与城乡融合改革 (11 without 专项小组) fits figure 4's twelve, not figure 5's ten: both figures name the
        // groups by their short forms (乡村振兴与城乡融合, 经济). Before, figure 4 kept 乡村振兴与城乡融合改革 and 经济体制改革
        // where figure 5 beside it said 乡村振兴与城乡融合 and 经济.
        var ticks = LeftTicks("乡村振兴与城乡融合改革专项小组", "经济体制改革专项小组");
        using var figure5 = QuarterChangeChart.Build([new("乡村振兴与城乡融合改革专项小组", 10, 20), new("经济体制改革专项小组", 10, 20)], "t", "上季度", "本季度");
        figure5.RenderInMemory(720, 420);

        Assert.Equal(["乡村振兴与城乡融合", "经济"], ticks);
        Assert.Equal(ticks, figure5.Axes.Bottom.TickGenerator.Ticks.OrderBy(t => t.Position).Select(t => t.Label));
    }

    [Fact]
    public void TheSampleCountysSevenGroups_AreNamedAsFigure5NamesThem()
    {
        // Seven groups: 图5 has 560 / 7 / 12 = 6 characters a group, too few for 民主法制领域改革 (8), so both figures use the
        // short forms (QuarterChangeGroupNamesTests). Before, figure 4 said 经济体制改革 … 纪律检查体制改革 beside 图5's 经济 … 纪律检查.
        var ticks = LeftTicks("经济体制改革专项小组", "民主法制领域改革专项小组", "文化体制改革专项小组", "社会体制改革专项小组", "生态文明体制改革专项小组", "党的建设制度改革专项小组", "纪律检查体制改革专项小组");

        Assert.Equal(["经济", "民主法制", "文化", "社会", "生态文明", "党的建设", "纪律检查"], ticks);
    }

    [Fact]
    public void AGroupTooLongEvenWithoutItsSuffix_TakesTheShortForms_AndWraps()
    {
        // 农业农村和乡村振兴领域体制机制改革专项小组 (21): without 专项小组 17 > 12, so every group drops its closing 改革 too
        // (经济体制改革 → 经济, 农业农村和乡村振兴领域体制机制改革 → 农业农村和乡村振兴领域体制机制, 15), and the 15 wrap
        // into 8 and 7. Before: 农业农村和乡村振兴领域… .
        var ticks = LeftTicks("经济体制改革专项小组", "农业农村和乡村振兴领域体制机制改革专项小组");

        Assert.Equal(["经济", "农业农村和乡村振\n兴领域体制机制"], ticks);
    }
}
