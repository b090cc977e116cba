using ReformAnalytics.Metrics;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

/// <summary>The 双过半 table adds up as printed: 差距 = printed 工作进度 − printed 时间进度.</summary>
public sealed class DoubleHalfTableTests
{
    private static DoubleHalfRow Row(double time, double work, bool reached) => new(
        new DateOnly(2024, 12, 1), new DateOnly(2024, 12, 31), "ledger", "assigned_pilot", 12, 0, 0, 0, 8, 100, time, work, work - time, reached);

    [Theory]
    // 2024Q4 上级部署试点台账 (audit): work 88.75 prints 88.8, time 100; 88.8 − 100 = −11.2, where −11.25 rounds to −11.3.
    [InlineData(100, 88.75, "100%", "88.8%", "-11.2")]
    // 2024Q3 自选试点台账 (audit): time 89.125 prints 89.1, work 67.75 prints 67.8; 67.8 − 89.1 = −21.3 (−21.375 would give −21.4).
    [InlineData(89.125, 67.75, "89.1%", "67.8%", "-21.3")]
    // 2024Q2 党的建设 (audit), ahead: time 53.96875 prints 54%, work 55.34375 prints 55.3%; 55.3 − 54 = +1.3 (1.375 gives +1.4).
    [InlineData(53.96875, 55.34375, "54%", "55.3%", "+1.3")]
    public void Gap_IsThePrintedWorkShareMinusThePrintedTimeShare(double time, double work, string printedTime, string printedWork, string printedGap)
    {
        var row = DoubleHalfSection.Row("台账：上级部署试点台账", Row(time, work, work >= time));

        Assert.Equal([printedTime, printedWork, printedGap], row.Skip(2).Take(3));
    }

    [Fact]
    public void PrintedGap_OfMissingShare_IsMissing()
    {
        Assert.Null(ReportText.PrintedGap(null, 50));
        Assert.Equal("—", ReportText.SignedPoints(ReportText.PrintedGap(50, null)));
    }
}
