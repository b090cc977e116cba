using ReformAnalytics.Charts;

namespace ReformAnalytics.Tests.Charts;

/// <summary>
/// Figure 4 names the special groups as figure 5 does (<see cref="GroupShortNames"/>), twelve characters a line on its
/// left axis: without the 专项小组 every group shares, a name still too long wrapped before it is cut. Before, each name
/// was cut at twelve characters (乡村振兴与城乡融合改革专项小组 → 乡村振兴与城乡融合改革…).
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
    public void GroupsThatFitTwelveCharacters_DropOnlyTheSharedSuffix_NotCutOff()
    {
        // 乡村振兴与城乡融合改革专项小组 (15) without 专项小组 is 乡村振兴与城乡融合改革 (11), 经济体制改革 (6): both fit, so
        // neither is shortened further; first group on top.
        var ticks = LeftTicks("乡村振兴与城乡融合改革专项小组", "经济体制改革专项小组");

        Assert.Equal(["乡村振兴与城乡融合改革", "经济体制改革"], ticks);
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
