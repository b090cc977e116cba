using Spectre.Console;

namespace ReformAnalytics.Tests.Cli;

public sealed class HelpPrintTests
{
    [Fact]
    public async Task On_80_columns_no_word_is_cut_and_no_line_begins_with_a_closing_mark()
    {
        var (exit, lines) = await CliRun.RunAtWidthAsync(80, "--help");

        Assert.Equal(0, exit);
        Assert.All(lines, l => Assert.True(l.Sum(c => c.GetCellWidth()) <= 80, $"“{l}” is wider than 80"));
        // Spectre cut bench's summary inside “report” (…metrics、rep / ort、risk) and began a line of lists' with “）”.
        Assert.DoesNotContain(lines, l => l.EndsWith("rep", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("report、risk", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith('）'));
        // The commands' column is as wide as its widest name (validate, 8 cells) and a space; a summary wraps under itself.
        Assert.Contains(lines, l => l.StartsWith("bench    性能基准", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_commands_usage_breaks_where_a_reader_expects()
    {
        // At 56 cells Spectre ended the summary's first line after 28 characters (…漏报的任务) and began the next with “，”.
        var (_, lines) = await CliRun.RunAtWidthAsync(56, "help", "notices");

        Assert.All(lines, l => Assert.True(l.Sum(c => c.GetCellWidth()) <= 56, $"“{l}” is wider than 56"));
        Assert.DoesNotContain(lines, l => l.Length > 0 && "，。）]".Contains(l[0], StringComparison.Ordinal));
        var usage = lines.SkipWhile(l => !l.StartsWith("用法", StringComparison.Ordinal)).Where(l => l.Length > 0).ToList();
        Assert.True(usage.Count > 1);
        for (var i = 1; i < usage.Count; i++)
        {
            Assert.False(char.IsAsciiLetterOrDigit(usage[i - 1][^1]) && char.IsAsciiLetterOrDigit(usage[i][0]), $"“{usage[i - 1]}” / “{usage[i]}” cuts a word");
        }

        // Nothing lost: only spaces where a line ends are dropped.
        Assert.Equal(
            "用法：reform notices --db 数据库文件 --out 输出目录 [--month YYYY-MM，默认最新月份] [--due YYYY-MM-DD，默认次月20日]".Replace(" ", string.Empty, StringComparison.Ordinal),
            string.Concat(usage).Replace(" ", string.Empty, StringComparison.Ordinal));
    }
}
