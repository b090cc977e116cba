using ReformAnalytics.Cli.Commands;
using ReformAnalytics.Model;
using ReformAnalytics.Risk;
using Spectre.Console;

namespace ReformAnalytics.Tests.Cli;

public sealed class RiskListPrintTests
{
    private static readonly RiskReason[] Reasons =
    [
        new("months_to_deadline", "距完成时限1个月，进度落后计划13个百分点"),
        new("leader_on_time_rate", "责任领导分管任务往期按期完成率12%"),
        new("status", "报告状态为“进度滞后”"),
    ];

    [Fact]
    public void Each_reason_is_its_own_numbered_line_so_no_figure_is_cut_where_the_column_ends()
    {
        var lines = Print(width: 120);

        // Run on with "；", the second reason was cut after "完成率1" on a terminal this wide.
        Assert.Contains(lines, l => l.Contains("1. 距完成时限1个月，进度落后计划13个百分点", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("2. 责任领导分管任务往期按期完成率12%", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("3. 报告状态为“进度滞后”", StringComparison.Ordinal));
        Assert.Equal(1, lines.Count(l => l.Contains("探索夜间经济新业态培育模式", StringComparison.Ordinal)));
    }

    [Fact]
    public void On_a_narrow_terminal_a_reason_breaks_between_words_not_inside_a_figure()
    {
        var lines = Print(width: 70);

        Assert.All(lines, l => Assert.True(l.TrimEnd().Sum(c => c.GetCellWidth()) <= 70, $"“{l}” is wider than 70"));
        Assert.Contains(lines, l => l.Contains("12%", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("13个百分点", StringComparison.Ordinal));
    }

    [Fact]
    public void A_single_reason_is_not_numbered()
    {
        Assert.Equal("报告状态为“进度滞后”", RiskCommand.ReasonLines([Reasons[2]]));
        Assert.Equal("1. 距完成时限1个月，进度落后计划13个百分点\n2. 责任领导分管任务往期按期完成率12%", RiskCommand.ReasonLines(Reasons[..2]));
    }

    [Fact]
    public void A_sub_task_is_printed_with_its_heading_before_its_name()
    {
        var lines = Print(width: 160, heading: "发展夜间经济");

        // Before, the bare name, as another unit's task of the same name would read.
        Assert.Contains(lines, l => l.Contains("发展夜间经济 › 探索夜间经济新业态培育模式", StringComparison.Ordinal));
    }

    private static string[] Print(int width, string? heading = null)
    {
        using var writer = new StringWriter();
        var console = CliRun.PlainConsole(writer, width);
        var flag = new RiskFlag(
            1, "t1", "overall", "探索夜间经济新业态培育模式", null, "县文广旅体局", "何晓东", new DateOnly(2024, 12, 31), "2024年12月底前",
            62, 75, "进度滞后", 0.93, Reasons)
        {
            TaskHeading = heading,
        };
        RiskCommand.Print(new RiskFlagResult(new ReportMonth(2024, 11), 1, 41, [flag], "trained", null, null), console);
        return writer.ToString().Split('\n');
    }
}
