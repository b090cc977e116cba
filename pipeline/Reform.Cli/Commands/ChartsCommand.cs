using ReformAnalytics.Charts;
using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>`reform charts`: the quarterly analysis charts as PNG and SVG.</summary>
internal sealed class ChartsCommand : ICommand
{
    private static readonly HashSet<string> Options = ["db", "quarter", "out"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "charts";

    public string Summary => "绘制季度分析图表（PNG 和 SVG，中文标注）";

    public string Usage => "用法：reform charts --db 数据库文件 --quarter 季度（如2024Q2） --out 输出目录";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var quarter = QuarterArg.Require(a);
        var outDir = a.Require("out");
        await using var connection = await ReformDatabase.OpenExistingForWriteAsync(a.Require("db"), ct).ConfigureAwait(false);
        await MetricViews.InstallAsync(connection, ct).ConfigureAwait(false);
        var files = await ChartSet.RenderAsync(connection, quarter, outDir, ct).ConfigureAwait(false);
        ConsoleText.Line(context.Console, $"{quarter.Label}图表{files.Count}个文件已写入 [bold]{Markup.Escape(Path.GetFullPath(outDir))}[/]。");
        return CommandLine.Ok;
    }
}
