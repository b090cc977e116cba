using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Ingest;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>
/// `reform validate`: the ingest checks without storing anything, and an .xlsx of the issues. Given the database
/// (--db), it also says what ingest would do with each file: add its month, replace it, merge a unit's return into it,
/// or leave it alone (stored already as it is).
/// </summary>
internal sealed class ValidateCommand : ICommand
{
    private static readonly HashSet<string> Options = ["ledger", "month", "map", "units", "lake", "db", "xlsx"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "validate";

    public string Summary => "检查台账文件（不入库），列出问题并生成可退回给单位的 Excel 问题清单";

    public string Usage => "用法：reform validate 文件或目录… [--ledger overall|assigned_pilot|local_pilot] [--month YYYY-MM] [--map 列名映射.json|.yaml] [--units 单位名称对照表.yaml | --lake 数据湖目录（沿用其中保存的对照表）] [--db 数据库文件（对照已入库的内容，预览入库时各文件的去向）] [--xlsx 问题清单.xlsx，默认 台账校验问题清单.xlsx]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        if (a.Positionals.Count == 0)
        {
            throw new UsageException("请给出要检查的文件或目录。");
        }

        var options = IngestArgs.Build(a, dryRun: true);
        var summary = await IngestConsole.RunWithProgressAsync(a.Positionals, options, context, ct).ConfigureAwait(false);
        if (options.DatabasePath is { } db && !summary.Refused)
        {
            ConsoleText.Line(context.Console, $"已对照数据库 [bold]{Markup.Escape(Path.GetFullPath(db))}[/] 中已入库的内容，预览入库结果（未保存任何数据）。");
        }

        SummaryPrinter.Print(summary, context.Console, dryRun: true);
        if (options.DatabasePath is { } database && !summary.Refused)
        {
            await ReturnProgressPrinter.PrintPreviewAsync(database, summary, context.Console, ct).ConfigureAwait(false);
        }
        var xlsx = a.Get("xlsx", "台账校验问题清单.xlsx");
        IssueWorkbook.Write(xlsx, summary.Issues, "台账校验问题清单");
        ConsoleText.Line(context.Console, $"问题清单已写入 [bold]{Markup.Escape(Path.GetFullPath(xlsx))}[/]。");
        return summary.Refused || summary.Issues.Any(i => i.Severity == Model.IssueSeverity.Error) ? CommandLine.Failed : CommandLine.Ok;
    }
}
