using System.Globalization;
using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>`reform notices`: the 督办单 of a report month, one Word file per lead unit.</summary>
internal sealed class NoticesCommand : ICommand
{
    private static readonly HashSet<string> Options = ["db", "month", "due", "out"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "notices";

    public string Summary => "按牵头单位生成某月的督办单（逾期、滞后、停滞和漏报的任务，新年度首月另列上年未列入的任务，Word）";

    public string Usage => "用法：reform notices --db 数据库文件 --out 输出目录 [--month YYYY-MM，默认最新月份] [--due YYYY-MM-DD，默认次月20日]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var db = a.Require("db");
        var outDir = a.Require("out");
        ReportMonth? month = null;
        if (a.Get("month") is { } monthText)
        {
            month = PeriodArg.Month("month", monthText);
        }

        DateOnly? due = null;
        if (a.Get("due") is { } dueText)
        {
            due = DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new UsageException($"--due 的格式是 YYYY-MM-DD（如2024-07-20），收到“{dueText}”。");
        }

        var (set, files) = await WriteAsync(db, month, due, outDir, ct).ConfigureAwait(false);
        Print(set, files, context.Console);
        return CommandLine.Ok;
    }

    /// <summary>Writes the notices of <paramref name="month"/> (the latest month in the database when null).</summary>
    public static async Task<(SupervisionNoticeSet Notices, IReadOnlyList<string> Files)> WriteAsync(string db, ReportMonth? month, DateOnly? due, string outDir, CancellationToken ct)
    {
        await using var connection = await ReformDatabase.OpenExistingForWriteAsync(db, ct).ConfigureAwait(false);
        await MetricViews.InstallAsync(connection, ct).ConfigureAwait(false);
        var chosen = month ?? await new MetricQueries(connection).LatestMonthAsync(new ReportMonth(1900, 1), new ReportMonth(9999, 12), ct).ConfigureAwait(false)
            ?? throw new InvalidOperationException("数据库中还没有任何台账快照：请先导入台账（reform ingest）。");
        return await SupervisionNotices.WriteAsync(connection, chosen, due ?? SupervisionNotices.DefaultDue(chosen), outDir, ct).ConfigureAwait(false);
    }

    public static void Print(SupervisionNoticeSet set, IReadOnlyList<string> files, IAnsiConsole console)
    {
        var month = ChineseDate.Month(set.Month.FirstDay);
        if (set.Notices.Count == 0)
        {
            ConsoleText.Line(console, $"{month}没有逾期、滞后、停滞或漏报的任务，无需督办。");
        }
        else
        {
            // The column of last year's dropped tasks only in a new ledger year's first month, when there are any.
            var dropped = set.Notices.Any(n => n.Dropped.Count > 0);
            string[] headers = dropped ? ["牵头单位", "督办任务", "漏报", "上年未列入", "文件"] : ["牵头单位", "督办任务", "漏报", "文件"];

            // The files are written into one folder, said once under the table: a full path in each row left the name
            // two lines on 80 columns, cut inside it (督办单-2024-12-县市场监 / 管局.docx).
            var folders = files.Select(f => Path.GetDirectoryName(Path.GetFullPath(f))).Distinct(StringComparer.Ordinal).ToList();
            var oneFolder = folders.Count == 1 ? folders[0] : null;
            var rows = set.Notices.Select((n, i) =>
            {
                var file = oneFolder is null ? Path.GetFullPath(files[i]) : Path.GetFileName(files[i]);
                string[] counts = dropped
                    ? [n.Tasks.Count.ToString(CultureInfo.InvariantCulture), n.Missing.Count.ToString(CultureInfo.InvariantCulture), n.Dropped.Count.ToString(CultureInfo.InvariantCulture)]
                    : [n.Tasks.Count.ToString(CultureInfo.InvariantCulture), n.Missing.Count.ToString(CultureInfo.InvariantCulture)];
                return (string[])[n.LeadUnit, .. counts, file];
            }).ToList();
            console.Write(FittedTable.TableOrRecords(TableBorder.Rounded, console.Profile.Width, headers, rows));
            var written = oneFolder is null ? string.Empty : $"已写入 [bold]{Markup.Escape(oneFolder)}[/]";
            ConsoleText.Line(console, $"{month}督办单{set.Notices.Count}份{written}，办理时限{FigureText.Date(set.Due)}。");
        }

        if (set.WithoutUnit > 0)
        {
            ConsoleText.Line(console, $"[yellow]另有{set.WithoutUnit}项任务没有填写牵头单位，无法生成督办单；请在台账中补填牵头单位。[/]");
        }
    }
}
