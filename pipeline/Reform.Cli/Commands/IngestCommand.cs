using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Ingest;
using ReformAnalytics.Model;

namespace ReformAnalytics.Cli.Commands;

/// <summary>`reform ingest`: files or folders into the lake and the database, all or nothing.</summary>
internal sealed class IngestCommand : ICommand
{
    private static readonly HashSet<string> Options = ["db", "lake", "ledger", "month", "map", "units"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "ingest";

    public string Summary => "把台账文件（Excel、WPS、ODS、CSV、Word 表格，可为目录或压缩包）入库：写入数据湖和数据库";

    public string Usage => "用法：reform ingest 文件或目录… --db 数据库文件 --lake 数据湖目录 [--ledger overall|assigned_pilot|local_pilot] [--month YYYY-MM]（不给则从工作表名、标题、文件名识别） [--map 列名映射.json|.yaml] [--units 单位名称对照表.yaml]\n      reform ingest --units 单位名称对照表.yaml --db 数据库文件 --lake 数据湖目录（只保存对照表，并按它改写已入库各月的单位名称）";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        if (a.Positionals.Count == 0 && a.Get("units") is null)
        {
            // With --units alone, the run saves the table and renames the stored months by it.
            throw new UsageException("请给出要入库的文件或目录（只保存单位名称对照表时，可只给 --units）。");
        }

        var options = IngestArgs.Build(a, dryRun: false);
        var summary = await IngestConsole.RunWithProgressAsync(a.Positionals, options, context, ct).ConfigureAwait(false);
        SummaryPrinter.Print(summary, context.Console, dryRun: false);
        if (summary.Refused)
        {
            return CommandLine.Failed;
        }

        // The metric tables are rebuilt here, so that `reform sql`, the dashboard and the notebooks
        // (all read-only) see figures of the data just stored.
        await MetricsRefresh.RunAsync(options.DatabasePath!, ct).ConfigureAwait(false);
        await ReturnProgressPrinter.PrintAsync(options.DatabasePath!, summary, context.Console, ct).ConfigureAwait(false);
        return CommandLine.Ok;
    }
}
