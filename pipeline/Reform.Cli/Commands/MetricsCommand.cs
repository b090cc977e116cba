using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>`reform metrics`: completion and lag figures at a status month, from the metric views.</summary>
internal sealed class MetricsCommand : ICommand
{
    private static readonly HashSet<string> Options = ["db", "as-of", "by", "format", "out"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "metrics";

    public string Summary => "完成率、滞后、逾期等指标（按台账、专项小组、牵头单位或责任领导汇总）";

    public string Usage => "用法：reform metrics --db 数据库文件 --as-of YYYY-MM（统计月份） [--by ledger|group|unit|leader，不给则全部任务合计] [--format table|csv|json|xlsx，默认 table] [--out 文件.xlsx]";

    public Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var asOf = PeriodArg.Month("as-of", a.Require("as-of"));

        var by = MetricGrouping.All;
        if (a.Get("by") is { } byText && !MetricGroupingNames.TryParse(byText, out by))
        {
            throw new UsageException($"--by 只能是 ledger、group、unit 或 leader，收到“{byText}”。");
        }

        var format = MetricsFormat.Table;
        if (a.Get("format") is { } formatText && !MetricsFormatNames.TryParse(formatText, out format))
        {
            throw new UsageException($"--format 只能是 table、csv、json 或 xlsx，收到“{formatText}”。");
        }

        var options = new MetricsCommandOptions
        {
            DbPath = a.Require("db"),
            AsOf = asOf,
            By = by,
            Format = format,
            OutputPath = a.Get("out"),
            WriteTableForTerminal = (headers, rows) => WriteForTerminal(context, headers, rows),
        };
        return MetricsCommandRunner.RunAsync(options, context.FittedOut(), context.FittedError(), ct);
    }

    /// <summary>The cells between columns of the library's plain text table (<c>TextTable</c>).</summary>
    private const int PlainTableGap = 2;

    /// <summary>
    /// On a terminal narrower than the plain table (17 columns, about 200 cells), the table in parts that each fit
    /// (<see cref="FittedTable.TableInParts"/>): the terminal wrapped each line of it in two. A file or a pipe, or a
    /// terminal wide enough, gets the plain table.
    /// </summary>
    internal static bool WriteForTerminal(CommandContext context, IReadOnlyList<string> headers, IReadOnlyList<string[]> rows)
    {
        var console = context.Console;
        if (!console.Profile.Out.IsTerminal || FittedTable.PlainWidth(headers, rows, PlainTableGap) <= console.Profile.Width)
        {
            return false;
        }

        context.Out.Flush();
        console.Write(FittedTable.TableInParts(TableBorder.Simple, console.Profile.Width, headers, rows));
        return true;
    }
}
