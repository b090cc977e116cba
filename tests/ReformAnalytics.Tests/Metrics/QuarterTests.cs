using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Metrics;

public sealed class QuarterTests
{
    [Theory]
    [InlineData("2024Q2", 2024, 2)]
    [InlineData("2024q4", 2024, 4)]
    [InlineData("1999Q1", 1999, 1)]
    public void TryParse_YearAndQuarter_Parses(string text, int year, int number)
    {
        Assert.True(Quarter.TryParse(text, out var quarter));
        Assert.Equal(new Quarter(year, number), quarter);
        Assert.Equal(text.ToUpperInvariant(), quarter.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2024Q5")]
    [InlineData("2024Q0")]
    [InlineData("2024-Q2")]
    [InlineData("24Q2")]
    [InlineData("2024 Q2")]
    public void TryParse_Malformed_Fails(string? text)
    {
        Assert.False(Quarter.TryParse(text, out _));
    }

    [Fact]
    public void Months_SecondQuarter_AreAprilToJune()
    {
        var q2 = new Quarter(2024, 2);
        Assert.Equal([new ReportMonth(2024, 4), new ReportMonth(2024, 5), new ReportMonth(2024, 6)], q2.Months);
        Assert.Equal("2024年第二季度", q2.Label);
        Assert.True(q2.Contains(new ReportMonth(2024, 5)));
        Assert.False(q2.Contains(new ReportMonth(2024, 7)));
    }

    [Fact]
    public void OfPreviousNext_CrossYearBoundaries()
    {
        Assert.Equal(new Quarter(2024, 4), Quarter.Of(new ReportMonth(2024, 12)));
        Assert.Equal(new Quarter(2023, 4), new Quarter(2024, 1).Previous());
        Assert.Equal(new Quarter(2025, 1), new Quarter(2024, 4).Next());
        Assert.True(new Quarter(2024, 1) < new Quarter(2024, 2));
    }

    [Fact]
    public void Constructor_QuarterOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quarter(2024, 5));
    }

    [Theory]
    [InlineData("ledger", MetricGrouping.Ledger)]
    [InlineData(" Unit ", MetricGrouping.Unit)]
    [InlineData("leader", MetricGrouping.Leader)]
    [InlineData("group", MetricGrouping.Group)]
    public void GroupingNames_TryParse_ReadsTheCommandLineValue(string text, MetricGrouping expected)
    {
        Assert.True(MetricGroupingNames.TryParse(text, out var grouping));
        Assert.Equal(expected, grouping);
    }

    [Fact]
    public void GroupingAndFormatNames_UnknownValue_Fails()
    {
        Assert.False(MetricGroupingNames.TryParse("county", out _));
        Assert.False(MetricsFormatNames.TryParse("pdf", out _));
        Assert.True(MetricsFormatNames.TryParse("XLSX", out var format));
        Assert.Equal(MetricsFormat.Xlsx, format);
    }
}
