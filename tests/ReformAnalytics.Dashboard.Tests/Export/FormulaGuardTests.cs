using ReformAnalytics.Dashboard.Export;

namespace ReformAnalytics.Dashboard.Tests.Export;

public sealed class FormulaGuardTests
{
    [Theory]
    [InlineData("=SUM(A1:A2)", "'=SUM(A1:A2)")]
    [InlineData("+86 123", "'+86 123")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(1)", "'@SUM(1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    public void Escape_TextASpreadsheetWouldRun_GetsApostrophe(string text, string expected) =>
        Assert.Equal(expected, FormulaGuard.Escape(text));

    [Theory]
    [InlineData("")]
    [InlineData("已完成")]
    [InlineData("1+1=2")]
    [InlineData("县发改委")]
    [InlineData("'=quoted")]
    public void Escape_OrdinaryText_Unchanged(string text) => Assert.Equal(text, FormulaGuard.Escape(text));

    [Fact]
    public void ExportCell_NegativeNumber_StaysANumber()
    {
        var cell = ExportCell.From("lag_pp", -12.5, ExportStyle.Raw);

        Assert.Null(cell.Text);
        Assert.Equal(-12.5, cell.Number);
    }

    [Fact]
    public void ExportCell_FormulaText_Escaped()
    {
        var cell = ExportCell.From("progress_text", "=1+1", ExportStyle.Labelled);

        Assert.Equal("'=1+1", cell.Text);
    }
}
