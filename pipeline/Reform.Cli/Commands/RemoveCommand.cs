using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Ingest;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>
/// `reform remove`: takes a month (of one ledger or all, or one lead unit's rows of it) out of the lake and the database,
/// after it went in under the wrong month or ledger. Without --yes it only says what would go.
/// </summary>
internal sealed class RemoveCommand : ICommand
{
    private static readonly HashSet<string> Options = ["db", "lake", "ledger", "month", "unit"];
    private static readonly HashSet<string> Flags = ["yes"];

    public string Name => "remove";

    public string Summary => "撤回已入库的某月台账（可限定台账或牵头单位），用于撤销误入库的文件；不加 --yes 只预览";

    public string Usage => "用法：reform remove --db 数据库文件 --lake 数据湖目录 --month YYYY-MM [--ledger overall|assigned_pilot|local_pilot] [--unit 牵头单位] [--yes]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        if (a.Positionals.Count > 0)
        {
            throw new UsageException($"reform remove 不接受文件参数（收到“{a.Positionals[0]}”）：用 --month、--ledger 和 --unit 指明要撤回的内容。");
        }

        var month = IngestArgs.MonthOf(a) ?? throw new UsageException("缺少必需的选项 --month：要撤回哪个月的台账？");
        var request = new RemovalRequest(a.Require("db"), a.Require("lake"), month, IngestArgs.LedgerOf(a), a.Get("unit"));
        if (!a.Flag("yes"))
        {
            var preview = await MonthRemoval.PreviewAsync(request, ct).ConfigureAwait(false);
            foreach (var m in preview.Months)
            {
                ConsoleText.Line(context.Console, Markup.Escape(m.Describe(done: false)));
            }

            ConsoleText.Line(context.Console, "[yellow]以上只是预览，尚未撤回。确认无误后加 --yes 再运行一次；撤回后可用 reform ingest 导入正确的文件。[/]");
            return CommandLine.Ok;
        }

        var result = await MonthRemoval.RunAsync(request, ct).ConfigureAwait(false);
        foreach (var m in result.Months)
        {
            ConsoleText.Line(context.Console, "[green]✓[/] " + Markup.Escape(m.Describe(done: true)));
        }

        // The metric tables follow the snapshots, as after an ingest.
        await MetricsRefresh.RunAsync(request.DatabasePath, ct).ConfigureAwait(false);
        ConsoleText.Line(context.Console, $"数据湖和数据库已同时更新（撤回记入入库记录 ingest_log，运行号{result.RunId}），指标已重算。");
        return CommandLine.Ok;
    }
}
