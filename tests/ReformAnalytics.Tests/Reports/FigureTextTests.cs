using ReformAnalytics.Model;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

/// <summary>
/// The one way every output writes a figure (FigureText): the report's rule — at most one decimal, none when whole —
/// now also the dashboard's, the workbooks' and the command line's.
/// </summary>
public sealed class FigureTextTests
{
    [Theory]
    [InlineData(43.0, "43%")]
    [InlineData(43.04, "43%")]
    [InlineData(62.5, "62.5%")]
    [InlineData(43.25, "43.3%")] // halves away from zero, as the report has always rounded
    [InlineData(100.0, "100%")]
    [InlineData(0.0, "0%")]
    public void Percent_OneDecimalAtMost_NoneWhenWhole(double percent, string expected) =>
        Assert.Equal(expected, FigureText.Percent(percent));

    [Theory]
    [InlineData(0.43, "43%")]
    [InlineData(0.625, "62.5%")]
    [InlineData(1.0 / 3, "33.3%")]
    public void Fraction_IsThePercentOfTheShare(double fraction, string expected) =>
        Assert.Equal(expected, FigureText.Fraction(fraction));

    [Fact]
    public void Missing_IsADash()
    {
        Assert.Equal("—", FigureText.Percent(null));
        Assert.Equal("—", FigureText.Fraction(null));
        Assert.Equal("—", FigureText.Number(null));
        Assert.Equal("—", FigureText.SignedPoints(null));
    }

    [Theory]
    [InlineData(-0.04)]
    [InlineData(-0.0)]
    public void Number_JustBelowNought_ReadsNought_NotMinusNought(double value)
    {
        // Rounded to one decimal −0.04 is −0, and .NET writes −0 as “-0”: the report's table read 平均滞后 -0.
        Assert.Equal("0", FigureText.Number(value));
        Assert.Equal("0", ReportText.Number(value));
        Assert.Equal("0%", ReportText.Percent(value));
    }

    [Theory]
    [InlineData(0.953, "95%")]
    [InlineData(0.125, "13%")]
    [InlineData(72.4, "72%")] // above 1: already a percent
    public void Probability_IsAWholePercent(double probability, string expected) =>
        Assert.Equal(expected, FigureText.Probability(probability));

    [Fact]
    public void Count_HasNoThousandsSeparator() => Assert.Equal("3744", FigureText.Count(3744));

    [Fact]
    public void Date_IsWrittenAsTheOfficeWritesIt() => Assert.Equal("2024年7月31日", FigureText.Date(new DateOnly(2024, 7, 31)));

    [Theory]
    [InlineData(45.0, true)]
    [InlineData(45.04, true)]
    [InlineData(45.06, false)]
    [InlineData(30.33, false)]
    public void IsWhole_AsPrinted(double value, bool expected) => Assert.Equal(expected, FigureText.IsWhole(value));
}
