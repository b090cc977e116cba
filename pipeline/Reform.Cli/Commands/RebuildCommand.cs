using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Database;
using ReformAnalytics.Lake;
using ReformAnalytics.Model;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>`reform rebuild`: recreates the DuckDB file from the Parquet lake.</summary>
internal sealed class RebuildCommand : ICommand
{
    private static readonly HashSet<string> Options = ["db", "lake"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "rebuild";

    public string Summary => "由数据湖（Parquet）重建数据库文件";

    public string Usage => "用法：reform rebuild --db 数据库文件 --lake 数据湖目录";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var lake = new LakeLayout(a.Require("lake"));
        var db = a.Require("db");
        if (!Directory.Exists(lake.Root))
        {
            throw new FileNotFoundException($"找不到数据湖目录“{lake.Root}”。", lake.Root);
        }

        var rows = await DatabaseRebuilder.RebuildAsync(lake, db, ct).ConfigureAwait(false);
        if (rows > 0)
        {
            await MetricsRefresh.RunAsync(db, ct).ConfigureAwait(false);
        }

        ConsoleText.Line(context.Console, $"已由数据湖重建数据库 [bold]{Markup.Escape(db)}[/]：快照{FigureText.Count(rows)}行。");
        return CommandLine.Ok;
    }
}
