using ReformAnalytics.Cli.Commands;
using ReformAnalytics.Model;
using Spectre.Console;

namespace ReformAnalytics.Tests.Cli;

public sealed class DemoOutputsPrintTests
{
    private static readonly DemoPaths Paths = new("/home/gaigeban/改革台账分析/.demo");

    [Fact]
    public void On_80_columns_a_path_is_broken_only_after_a_slash_between_Chinese_characters_or_at_a_space()
    {
        var lines = Print(80);

        Assert.All(lines, l => Assert.True(l.Sum(c => c.GetCellWidth()) <= 80, $"“{l}” is wider than 80"));
        // By hand: 内容 is 42 cells at most (分析笔记本（VS Code + Polyglot Notebooks）), 位置 96 (the metrics command);
        // 80 less 2 columns' rules and padding (7) leaves 73: 内容 takes the even share, 36, 位置 the 37 left. The
        // database's path (47 cells) breaks after its last slash that fits (/home/gaigeban/改革台账分析/.demo/ is 15 + 12 + 7
        // = 34 cells), the dashboard's address goes whole to the line after 看板（浏览器打开, the metrics command breaks at its
        // spaces and after a folder.
        Assert.Contains(lines, l => l.StartsWith("│ 数据库（DuckDB，可随时由数据湖重建） │ /home/gaigeban/改革台账分析/.demo/ ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("│                                      │ reform.duckdb ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("│ ./reform metrics --db /home/gaigeban/ │", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("│ http://127.0.0.1:5080/）", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("│ --as-of 2024-12 --by group", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains('…', StringComparison.Ordinal));
    }

    [Fact]
    public void In_a_file_each_output_is_one_line()
    {
        var lines = Print(ReformAnalytics.Cli.Infrastructure.ConsoleText.Unbounded);

        Assert.Contains(lines, l => l.StartsWith("│ 看板（浏览器打开 http://127.0.0.1:5080/）", StringComparison.Ordinal) && l.Contains("│ ./reform serve --db /home/gaigeban/改革台账分析/.demo/reform.duckdb", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("│ ./reform metrics --db /home/gaigeban/改革台账分析/.demo/reform.duckdb --as-of 2024-12 --by group", StringComparison.Ordinal));
    }

    private static string[] Print(int width)
    {
        using var writer = new StringWriter();
        DemoCommand.PrintOutputs(CliRun.PlainConsole(writer, width), Paths, new ReportMonth(2024, 12), [Path.Combine(Paths.Reports, "2024年第四季度改革任务推进情况分析.html")]);
        return [.. writer.ToString().Split('\n').Select(l => l.TrimEnd())];
    }
}
