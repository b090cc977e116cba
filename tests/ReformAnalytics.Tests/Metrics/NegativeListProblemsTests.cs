using ReformAnalytics.Metrics;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>The 问题 column of the negative-list workbook prints the lag as the report's table and the 督办单 do.</summary>
public sealed class NegativeListProblemsTests
{
    private static NegativeListRow Row(double? lagPp, params string[] reasons) => new(
        new DateOnly(2024, 12, 1), "overall", "T1", "1", "健全住房保障和供应机制", "社会体制改革专项小组", "县民政局", "何晓东",
        "1-6月", new DateOnly(2024, 6, 30), 100, 55, false, lagPp, null, reasons.Contains("overdue"), false, 184,
        reasons.Contains("behind"), false, 0, "red", "on_track", "按计划推进", false, null, reasons);

    [Fact]
    public void Problems_WholeLag_IsPrintedWithoutATrailingZero()
    {
        // Planned 100%, actual 55%: 45 points behind, printed “45” as in the report's 表7 and the notice (not “45.0”).
        Assert.Equal("逾期184天；滞后45个百分点", ListsLayout.Problems(Row(45, "overdue", "behind")));
    }

    [Fact]
    public void Problems_FractionalLag_KeepsOneDecimal()
    {
        // 30.33 points rounds to 30.3; 16.25 rounds half away from zero to 16.3, as ReportText.Number does.
        Assert.Equal("滞后30.3个百分点", ListsLayout.Problems(Row(30.33, "behind")));
        Assert.Equal("滞后16.3个百分点", ListsLayout.Problems(Row(16.25, "behind")));
    }
}
