using ReformAnalytics.Cli.Commands;
using ReformAnalytics.Cli.Infrastructure;
using Spectre.Console;

namespace ReformAnalytics.Tests.Cli;

public sealed class LineBreakerTests
{
    private const string Moved = "完成时限由上月的“2024年6月底前”改为“原定2024年6月底前，调整为12月底前”：原完成时限已过（上月已逾期），按期完成情况仍按原时限判断。";

    [Fact]
    public void A_year_is_not_cut_where_the_width_runs_out()
    {
        // 8 Chinese characters fill 16 cells, “ is one cell, so “20” would end the first line at 18 cells; “ goes down
        // with the year (it may not end a line), and the second line is full at “改” (17 cells, “为” would make 19).
        Assert.Equal("完成时限由上月的\n“2024年6月底前”改\n为", LineBreaker.Wrap("完成时限由上月的“2024年6月底前”改为", 18));
    }

    [Fact]
    public void A_closing_mark_does_not_begin_a_line_and_an_opening_mark_does_not_end_one()
    {
        // The second line is full at “慢” (12 cells), which would leave “，” to begin the third: “慢” goes down with it.
        // The third is full at “度”, and “90%）” goes down whole.
        Assert.Equal("本月报告未完\n成（进度缓\n慢，完成进度\n90%）", LineBreaker.Wrap("本月报告未完成（进度缓慢，完成进度90%）", 12));
        // “甲乙“” is 5 cells and “丙” would make 7; the break falls before “, not after it.
        Assert.Equal("甲乙\n“丙丁”", LineBreaker.Wrap("甲乙“丙丁”", 6));
    }

    [Fact]
    public void Latin_words_break_at_spaces_and_the_space_is_dropped()
    {
        // “批次 r000001：” is 14 cells; then “快照 6,777 行” (13) fits whole, “6,777” never cut.
        Assert.Equal("批次 r000001：\n快照 6,777 行", LineBreaker.Wrap("批次 r000001：快照 6,777 行", 14));
        Assert.Equal("批次\nr000001：\n快照\n6,777 行", LineBreaker.Wrap("批次 r000001：快照 6,777 行", 9));
    }

    [Fact]
    public void A_path_breaks_after_a_slash_but_a_date_does_not()
    {
        // Before, a path with no space was one word, cut wherever the width ran out (“/work/main/.demo/re” / “form.duckdb”).
        Assert.Equal("/work/main/.demo/\nreform.duckdb", LineBreaker.Wrap("/work/main/.demo/reform.duckdb", 20));
        Assert.Equal("截至\n2024/6/30", LineBreaker.Wrap("截至2024/6/30", 10)); // 2024/6/30 is 9 cells, whole on its line
        Assert.Equal("甲 a//\nbc", LineBreaker.Wrap("甲 a//bc", 6)); // after the second slash, not between the two
    }

    [Fact]
    public void A_word_longer_than_the_line_is_cut_and_lines_already_broken_stay_broken()
    {
        Assert.Equal("abcde\nfgh", LineBreaker.Wrap("abcdefgh", 5));
        Assert.Equal("甲乙", LineBreaker.Wrap("甲乙", 1)); // no line can hold one: left as it is
        Assert.Equal("甲乙\n\n丙丁", LineBreaker.Wrap("甲乙\n\n丙丁", 10));
    }

    [Fact]
    public void A_coloured_word_opens_its_sentence_on_the_same_line()
    {
        using var writer = new StringWriter();
        var console = CliRun.PlainConsole(writer, 40);

        SummaryPrinter.Paragraph(console, "yellow", "未能识别的状态说法", "（状态记为“未识别”，单位填报的原文照录）：“基本完成”×1，“已启动”×12");

        // By hand at 40 cells: 未能识别的状态说法（状态记为 is 14 Chinese characters, 28 cells; “未识别”， is 1 + 6 + 1 + 2,
        // 38; 单 40; 位 would be 42. Then 位填报的原文照录）： 20, “基本完成” 30, ×1 32 (× and digits one cell each), ，“ 35,
        // 已启 39; 动 would be 41. Left to Spectre, the coloured word stood alone on its line.
        var lines = writer.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal("未能识别的状态说法（状态记为“未识别”，单", lines[0].TrimEnd());
        Assert.Equal("位填报的原文照录）：“基本完成”×1，“已启", lines[1].TrimEnd());
        Assert.Equal("动”×12", lines[2].TrimEnd());
    }

    [Theory]
    [InlineData(20)]
    [InlineData(37)]
    [InlineData(60)]
    [InlineData(133)]
    public void Every_line_fits_and_nothing_is_lost(int width)
    {
        var lines = LineBreaker.Wrap(Moved, width).Split('\n');

        Assert.All(lines, l => Assert.True(l.Sum(c => c.GetCellWidth()) <= width, $"“{l}” is wider than {width}"));
        Assert.Equal(Moved, string.Concat(lines));
        Assert.DoesNotContain(lines.Skip(1), l => "，：）”。".Contains(l[0], StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.EndsWith("20", StringComparison.Ordinal));
    }
}
