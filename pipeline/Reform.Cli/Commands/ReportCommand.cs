using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using ReformAnalytics.Reports;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>`reform report`: the quarterly analysis (一季一分析) drafted from the metric views, as HTML and Word.</summary>
internal sealed class ReportCommand : ICommand
{
    private static readonly HashSet<string> Options = ["db", "quarter", "out", "format"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "report";

    public string Summary => "起草季度分析报告（一季一分析），HTML 和 Word 两种格式";

    public string Usage => "用法：reform report --db 数据库文件 --quarter 季度（如2024Q2） --out 输出目录 [--format html|docx|html,docx，默认两种都写]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var quarter = QuarterArg.Require(a);
        var formatText = a.Get("format", "html,docx");
        if (!ReportFormatNames.TryParse(formatText, out var formats))
        {
            throw new UsageException($"--format 只能是 html、docx 或 html,docx，收到“{formatText}”。");
        }

        var result = await WriteAsync(a.Require("db"), quarter, a.Require("out"), formats, ct).ConfigureAwait(false);
        foreach (var file in result.Files)
        {
            ConsoleText.Line(context.Console, $"已写出 [bold]{Markup.Escape(Path.GetFullPath(file))}[/]");
        }

        return CommandLine.Ok;
    }

    public static async Task<QuarterlyReportResult> WriteAsync(string db, Quarter quarter, string outDir, ReportFormats formats, CancellationToken ct)
    {
        await using var connection = await ReformDatabase.OpenExistingForWriteAsync(db, ct).ConfigureAwait(false);
        await MetricViews.InstallAsync(connection, ct).ConfigureAwait(false);
        return await QuarterlyReport.WriteAsync(connection, quarter, outDir, formats, ct).ConfigureAwait(false);
    }
}
