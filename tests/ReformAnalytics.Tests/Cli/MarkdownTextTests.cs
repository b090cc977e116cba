using ReformAnalytics.Cli.Infrastructure;
using Spectre.Console;

namespace ReformAnalytics.Tests.Cli;

public sealed class MarkdownTextTests
{
    private const string Report = """
        # 风险模型回测报告

        - 前 k 名：k = 20（一次督察能看的任务数）；各指标为截点平均 ± 标准差，滞后率平均 0.309。

        | 方法 | ROC-AUC | PR-AUC | 前20名精确率 | 前20名召回率 | Brier 分数 | 校准误差 ECE |
        |---|---|---|---|---|---|---|
        | 梯度提升树模型（本模型） | 0.878 ± 0.032 | 0.785 ± 0.097 | 0.788 ± 0.092 | 0.545 ± 0.092 | 0.1163 ± 0.0313 | 0.095 ± 0.046 |

        | 目标 | 结果 | 说明 |
        |---|---|---|
        | 校准误差（ECE）不超过 0.05 | 未达到 | ECE 0.095；概率若完全准确，单凭抽样波动也会有约 0.084；各截点合并计算为 0.044 |
        """;

    [Fact]
    public void On_80_columns_a_wide_table_comes_in_parts_and_a_narrow_one_wraps_its_cells()
    {
        using var writer = new StringWriter();
        MarkdownText.Write(CliRun.PlainConsole(writer, 80), Report);
        var lines = writer.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();

        // As Markdown the method's row was 131 cells, wrapped by the terminal wherever it ran out.
        Assert.All(lines, l => Assert.True(l.Sum(c => c.GetCellWidth()) <= 80, $"“{l}” is wider than 80"));
        Assert.DoesNotContain(lines, l => l.Contains('|', StringComparison.Ordinal));
        Assert.Equal("风险模型回测报告", lines[0]);
        // By hand: 方法 24 cells (梯度提升树模型（本模型）), then 13, 13, 13, 13, 15, 13: 103, and 7 columns' rules 22. Parts,
        // the name first in each: 方法 ROC-AUC PR-AUC 前20名精确率 (24 + 39 + 13 = 76; 前20名召回率 would make 92),
        // 方法 前20名召回率 Brier 分数 校准误差 ECE (24 + 41 + 13 = 78): the row's name twice.
        Assert.Equal(2, lines.Count(l => l.Contains("梯度提升树模型（本模型）", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("0.878 ± 0.032", StringComparison.Ordinal) && l.Contains("0.788 ± 0.092", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("0.545 ± 0.092", StringComparison.Ordinal) && l.Contains("0.095 ± 0.046", StringComparison.Ordinal));
        // The goals' table, three columns, wraps its explanation (77 cells) in the 38 that 目标 (26) and 结果 (6) leave:
        // ECE 0.095；概率若完全准确，单凭抽样波 is 37, 动 would make 39; 动也会有约 0.084；各截点合并计算为 34, and the
        // figure after the space would make 40. No figure is cut.
        Assert.Contains(lines, l => l.Contains("校准误差（ECE）不超过 0.05   未达到   ECE 0.095；概率若完全准确，单凭抽样波", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("  动也会有约 0.084；各截点合并计算为", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("  0.044", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("- 前 k 名：k = 20", StringComparison.Ordinal));
    }
}
