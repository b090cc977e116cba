using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

public sealed class ReportTextFormatTests
{
    [Theory]
    [InlineData(3.24, "提高3.2个百分点")]
    [InlineData(3.25, "提高3.3个百分点")]
    [InlineData(-1.0, "下降1个百分点")]
    [InlineData(0.04, "持平")]
    [InlineData(-0.04, "持平")]
    public void Change_IsWordedWithOneDecimal(double points, string expected) =>
        Assert.Equal(expected, ReportText.Change(points));

    [Theory]
    [InlineData(33.333, "+33.3")]
    [InlineData(-10.913, "-10.9")]
    [InlineData(0.01, "0")]
    public void SignedPoints_ForTables(double points, string expected) =>
        Assert.Equal(expected, ReportText.SignedPoints(points));

    [Fact]
    public void Percent_MissingRate_IsADash() => Assert.Equal("—", ReportText.Percent(null));

    [Fact]
    public void List_ManyNames_EndsWithTheCount() =>
        Assert.Equal("甲、乙等3个", ReportText.List(["甲", "乙", "丙"], max: 2));

    [Theory]
    [InlineData("html", ReportFormats.Html)]
    [InlineData("docx", ReportFormats.Docx)]
    [InlineData("html,docx", ReportFormats.All)]
    [InlineData(" DOCX , html ", ReportFormats.All)]
    public void FormatOption_Parses(string text, ReportFormats expected)
    {
        Assert.True(ReportFormatNames.TryParse(text, out var formats));
        Assert.Equal(expected, formats);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pdf")]
    [InlineData("html,pdf")]
    public void FormatOption_Unknown_IsRefused(string text) =>
        Assert.False(ReportFormatNames.TryParse(text, out _));
}
