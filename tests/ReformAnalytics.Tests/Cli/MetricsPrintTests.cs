using System.Text;
using ReformAnalytics.Tests.Ingest;
using Spectre.Console;

namespace ReformAnalytics.Tests.Cli;

/// <summary>
/// `reform metrics` on a terminal 60 cells wide: June 2024 of a ledger of two tasks, one of them 长期 (no deadline,
/// open-ended), so the note under the table counts 1 long-term task and 0 without a deadline.
/// </summary>
public sealed class MetricsPrintTests
{
    private const string Header = "序号,改革任务,牵头单位,责任领导,完成时限,完成情况,完成进度\n";

    [Fact]
    public async Task The_note_under_the_table_is_broken_where_a_reader_expects_and_fits_the_terminal()
    {
        using var f = new IngestFixture();
        File.WriteAllText(
            Path.Combine(f.Input, "2024年6月改革任务总台账.csv"),
            Header + "1,推进A改革,县财政局,张三,2024年9月底前,序时推进,60%\n2,推进B改革,县财政局,张三,长期,序时推进,40%\n",
            new UTF8Encoding(false));
        await f.IngestAsync();

        var (exit, lines) = await CliRun.RunOnTerminalAsync(60, "metrics", "--db", f.Db, "--as-of", "2024-06");

        Assert.Equal(0, exit);
        // Before, the note was one line of 200 cells that the terminal cut at 60 wherever the width ran out.
        Assert.All(lines, l => Assert.True(l.Sum(c => c.GetCellWidth()) <= 60, $"“{l}” is wider than 60"));
        var first = Array.FindIndex(lines, l => l.StartsWith("注：", StringComparison.Ordinal));
        Assert.True(first >= 0, "no note under the table");
        var note = string.Concat(lines[first..].TakeWhile(l => l.Length > 0));
        // The note's text, whole, with its counts worked out from the two rows: 长期 1, no deadline 0.
        Assert.StartsWith("注：长期任务1项、无完成时限任务0项未计入按时限统计的指标（完成率、按期完成率、滞后、逾期、平均滞后）。完成率＝已完成÷有时限任务；", note, StringComparison.Ordinal);
        Assert.EndsWith("较上季度末为与上季度最后一个月相比。", note, StringComparison.Ordinal);
        // No line of it begins with a closing mark or an operator (before, “÷有时限任务” began the third line).
        Assert.DoesNotContain(lines[first..], l => l.Length > 0 && "，。、；：）”＝÷＋".Contains(l[0], StringComparison.Ordinal));
        Assert.True(lines.Length - first >= 4, "a 200-cell note on 60 cells takes at least four lines");
    }
}
