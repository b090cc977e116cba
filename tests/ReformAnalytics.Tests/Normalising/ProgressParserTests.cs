using System.Globalization;
using ReformAnalytics.Normalising;
using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Normalising;

public sealed class ProgressParserTests
{
    [Theory]
    [InlineData("80%", 80)]
    [InlineData("80％", 80)]
    [InlineData("８０％", 80)]
    [InlineData("80", 80)]
    [InlineData(" 80 ", 80)]
    [InlineData("完成80%", 80)]
    [InlineData("已完成80%", 80)]
    [InlineData("完成80", 80)]
    [InlineData("62.5%", 62.5)]
    [InlineData("100%（已完成）", 100)]
    [InlineData("0", 0)]
    public void Parse_TextForms_ReturnPercent(string text, double expected)
    {
        var parse = ProgressParser.Parse(CellValue.FromText(text));

        Assert.Null(parse.Error);
        Assert.Equal(expected, parse.Value);
    }

    [Theory]
    // A formula error as text handed to the parser on its own (the readers give such a cell as empty, showing the error):
    // before, #DIV/0! was "several numbers" (the / split 0 from nothing) and #N/A "no number"; then every error was said
    // to be a division by zero, #N/A and #REF! too.
    [InlineData("#DIV/0!", "公式无法计算，常见于除数为零或为空")]
    [InlineData("#N/A", "查找公式（如 VLOOKUP）没有找到对应的值")]
    [InlineData(" #REF! ", "公式引用的单元格已被删除或移走")]
    public void Parse_AnExcelErrorAsText_SaysWhichFormulaErrorItIs(string text, string meaning)
    {
        var parse = ProgressParser.Parse(CellValue.FromText(text));

        Assert.Null(parse.Value);
        Assert.Equal($"完成进度“{text.Trim()}”是 Excel 公式错误（{meaning}），不是百分比；请改正公式或直接填写数值后重新报送", parse.Error);
    }

    [Theory]
    [InlineData("5成", 50)]
    [InlineData("约8.5成", 85)]
    [InlineData("完成9成", 90)]
    public void Parse_TenthsInDigits_ReturnsPercent(string text, double expected)
    {
        Assert.Equal(new ProgressParse(expected), ProgressParser.Parse(CellValue.FromText(text)));
        Assert.Equal(new ProgressParse(expected), ProgressParser.Parse(CellValue.FromText(text), fractionColumn: true));
    }

    [Theory]
    [InlineData("6月：40%\n9月：70%", 40, "完成进度“6月：40%\n9月：70%”里有多个百分数，已按第一个（40%）入库；如本月进度是其他数，请核实")]
    [InlineData("60%（较上月+10%）", 60, "完成进度“60%（较上月+10%）”里有多个百分数，已按第一个（60%）入库；如本月进度是其他数，请核实")]
    [InlineData("80%（累计80%）", 80, null)]
    public void Parse_SeveralPercentFigures_TakesTheFirst_AndSaysToCheckIt(string text, double expected, string? note)
    {
        Assert.Equal(new ProgressParse(expected, null, note), ProgressParser.Parse(CellValue.FromText(text)));
    }

    [Theory]
    [InlineData("百分之八十", 80)]
    [InlineData("完成百分之六十五", 65)]
    [InlineData("百分之百", 100)]
    [InlineData("八成", 80)]
    [InlineData("已完成八成五", 85)]
    [InlineData("约七成多", 70)]
    [InlineData("两成", 20)]
    [InlineData("十成", 100)]
    public void Parse_FigureInWords_ReturnsPercent(string text, double expected)
    {
        var parse = ProgressParser.Parse(CellValue.FromText(text));

        Assert.Null(parse.Error);
        Assert.Equal(expected, parse.Value);
    }

    [Theory]
    [InlineData("过半")]
    [InlineData("基本完成")]
    [InlineData("百分之一百二十")]
    public void Parse_WordsWithoutAFigure_OrOutOfRange_AreErrors(string text)
    {
        var parse = ProgressParser.Parse(CellValue.FromText(text));

        Assert.Null(parse.Value);
        Assert.NotNull(parse.Error);
    }

    [Theory]
    [InlineData("60-70%")]
    [InlineData("60%~70%")]
    [InlineData("60％～70％")]
    [InlineData("60%至70%")]
    [InlineData("完成60%到70%")]
    [InlineData("70%-60%")]
    public void Parse_Range_GivesItsLowerEnd(string text)
    {
        var parse = ProgressParser.Parse(CellValue.FromText(text));

        Assert.Null(parse.Error);
        Assert.Equal(60, parse.Value);
        Assert.Equal($"完成进度“{text}”是一个范围，已按下限（60%）入库；请填写一个百分数", parse.Note);
    }

    [Fact]
    public void Parse_PercentFormattedCell_ReadsTheFraction()
    {
        // The cell stores 0.8 and shows 80%: 0.8 × 100 = 80.
        var parse = ProgressParser.Parse(new CellValue("80%", Number: 0.8, IsPercent: true));

        Assert.Equal(80, parse.Value);
    }

    [Fact]
    public void Parse_PercentFormattedCellWithAwkwardFraction_IsRounded()
    {
        // 0.57 × 100 is 56.99999999999999 in binary floating point; the figure is 57.
        var parse = ProgressParser.Parse(new CellValue(null, Number: 0.57, IsPercent: true));

        Assert.Equal(57, parse.Value);
    }

    [Fact]
    public void Parse_PlainNumberCell_IsPercentagePoints()
    {
        Assert.Equal(80, ProgressParser.Parse(new CellValue("80", Number: 80)).Value);
        Assert.Equal(0.8, ProgressParser.Parse(new CellValue("0.8", Number: 0.8)).Value);
    }

    [Fact]
    public void Parse_PlainNumberInFractionColumn_IsAFraction()
    {
        Assert.Equal(80, ProgressParser.Parse(new CellValue("0.8", Number: 0.8), fractionColumn: true).Value);
        Assert.Equal(100, ProgressParser.Parse(CellValue.FromText("1"), fractionColumn: true).Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("无")]
    public void Parse_Absent_IsNullWithoutError(string? text)
    {
        var parse = ProgressParser.Parse(CellValue.FromText(text));

        Assert.Null(parse.Value);
        Assert.False(parse.IsError);
    }

    [Theory]
    [InlineData("已完成")]
    [InlineData("完成。")]
    [InlineData("全部完成")]
    [InlineData("已办结")]
    [InlineData("已销号")]
    public void Parse_DoneInWords_IsTheWholeOfTheWork(string text)
    {
        // A unit writing 已完成 in the figure column says the task is done: 100, not a cell without a number.
        var parse = ProgressParser.Parse(CellValue.FromText(text));

        Assert.Equal(100.0, parse.Value);
        Assert.False(parse.IsError);
    }

    [Theory]
    [InlineData("120%")]
    [InlineData("-5%")]
    [InlineData("150")]
    [InlineData("已完成方案")] // done, but what: not the whole task
    [InlineData("6/3")] // more than the whole
    [InlineData("一期80，二期60")]
    [InlineData("不足30%")] // an upper bound: read as 30 it would be more than the unit said
    [InlineData("已召开2次专题会议")] // a count, not a share of the work
    [InlineData("完成3个乡镇试点")]
    [InlineData("6月已完成方案起草")] // a month
    [InlineData("完成投资1.2亿元")] // an amount
    [InlineData("85分")]
    public void Parse_OutOfRangeOrUnreadable_IsAnError(string text)
    {
        var parse = ProgressParser.Parse(CellValue.FromText(text));

        Assert.True(parse.IsError);
        Assert.Null(parse.Value);
        Assert.Contains(text, parse.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3/5", 60.0)]
    [InlineData("3/4", 75.0)]
    [InlineData("10/12", 83.33)]
    [InlineData("二分之一", 50.0)]
    [InlineData("三分之二", 66.67)]
    public void Parse_AFraction_IsItsShare_WithANoteToCheckIt(string text, double expected)
    {
        var parse = ProgressParser.Parse(CellValue.FromText(text));

        Assert.Equal(expected, parse.Value);
        Assert.Null(parse.Error);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"完成进度“{text}”按分数读作{expected:0.##}%；如不是此意，请改为百分比"), parse.Note);
    }

    [Theory]
    [InlineData("完成80", 80.0)]
    [InlineData("约80", 80.0)]
    [InlineData("80左右", 80.0)]
    [InlineData("已完成了60", 60.0)]
    public void Parse_ABareFigureAmongWordsThatOnlySayDoneOrAbout_IsPercentagePoints(string text, double expected)
    {
        Assert.Equal(expected, ProgressParser.Parse(CellValue.FromText(text)).Value);
    }

    [Fact]
    public void Parse_DateCell_IsAnError()
    {
        Assert.True(ProgressParser.Parse(new CellValue(null, Date: new DateOnly(2024, 6, 30))).IsError);
    }

    [Theory]
    [InlineData("已完成总工程量的80%，正在进行验收准备", 80.0)]
    [InlineData("项目完成80%", 80.0)]
    [InlineData("总体进度达到65%", 65.0)]
    [InlineData("完成投资1.2亿元，占计划的60%", null)] // 60% is a share of investment, not stated as 完成/进度
    [InlineData("一期完成80%，二期完成40%", null)] // two different figures: none chosen
    [InlineData("正在推进", null)]
    [InlineData(null, null)]
    public void FromNarrative_StatedFigure_IsFoundOnlyWhenUnambiguous(string? narrative, double? expected)
    {
        Assert.Equal(expected, ProgressParser.FromNarrative(narrative));
    }

    [Fact]
    public void IsFractionColumn_AllBetweenZeroAndOne_IsTrue()
    {
        CellValue[] cells = [new("0.5", 0.5), new("1", 1), CellValue.FromText("0.8"), CellValue.Empty, CellValue.FromText("80%")];

        Assert.True(ProgressParser.IsFractionColumn(cells));
    }

    [Fact]
    public void IsFractionColumn_AnyAboveOne_IsFalse()
    {
        CellValue[] cells = [new("0.5", 0.5), new("80", 80)];

        Assert.False(ProgressParser.IsFractionColumn(cells));
    }

    [Fact]
    public void IsFractionColumn_FullWidthDigits_WeighAsHalfWidth()
    {
        // ０.５ and ０．８ are 0.5 and 0.8, １ is 1: all in 0–1, two strictly between, so fractions. With ８０ (80) beside
        // 0.5 the column is percentage points; before, ８０ was passed over and the column read as fractions (８０ → 8000%).
        CellValue[] fractions = [CellValue.FromText("０.５"), CellValue.FromText("０．８"), CellValue.FromText("１")];
        CellValue[] points = [new("0.5", 0.5), CellValue.FromText("８０")];

        Assert.True(ProgressParser.IsFractionColumn(fractions));
        Assert.False(ProgressParser.IsFractionColumn(points));
        Assert.Equal(0.5, ProgressParser.PlainFigure(CellValue.FromText(" ０.５ ")));
    }

    [Fact]
    public void IsFractionColumn_OnlyZeroAndOne_IsFalse()
    {
        CellValue[] cells = [new("0", 0), new("1", 1)];

        Assert.False(ProgressParser.IsFractionColumn(cells));
    }
}
