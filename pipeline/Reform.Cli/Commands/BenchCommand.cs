using System.Globalization;
using ReformAnalytics.Cli.Benchmarks;
using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>`reform bench`: rerunnable benchmarks that measure against a reference in the same run and print ratios.</summary>
internal sealed class BenchCommand : ICommand
{
    private static readonly HashSet<string> Options = ["rows", "rounds", "dir", "db", "as-of", "quarter", "scale"];
    private static readonly HashSet<string> Flags = ["no-xlsx", "refresh"];

    public string Name => "bench";

    public string Summary => "性能基准（与参照在同一次运行中对比，给出倍率）：ingest、metrics、report、risk";

    public string Usage => "用法：reform bench ingest [--rows 行数，默认 2000000] [--rounds 轮数，默认 3] [--dir 工作目录，默认 .bench] [--no-xlsx]\n      reform bench metrics --db 数据库文件 [--as-of YYYY-MM，默认最新月份] [--refresh]\n      reform bench report --db 数据库文件 [--quarter 季度，默认最新季度] [--dir 工作目录，默认 .bench]\n      reform bench risk [--scale 放大倍数，默认 280] [--dir 工作目录，默认 .bench]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var which = a.Positionals.Count > 0 ? a.Positionals[0] : throw new UsageException("请指定要运行的基准，例如 reform bench ingest。");
        var dir = Path.GetFullPath(a.Get("dir", ".bench"));
        var console = context.Console;
        switch (which)
        {
            case "ingest":
                return await IngestBenchAsync(a, dir, console, ct).ConfigureAwait(false);
            case "metrics":
                return await MetricsBenchAsync(a, console, ct).ConfigureAwait(false);
            case "report":
                return await ReportBenchAsync(a, dir, console, ct).ConfigureAwait(false);
            case "risk":
                var risk = await ReformAnalytics.Risk.RiskBenchmark.RunAsync(
                    new ReformAnalytics.Risk.RiskBenchmarkOptions { WorkDirectory = Path.Combine(dir, "risk"), Scale = a.GetInt("scale", 280) },
                    new Progress<string>(m => ConsoleText.Line(console, $"[grey]{Markup.Escape(m)}[/]")),
                    ct).ConfigureAwait(false);
                foreach (var line in risk.Describe())
                {
                    console.WriteLine(line);
                }

                return CommandLine.Ok;
            default:
                throw new UsageException($"没有名为“{which}”的基准。");
        }
    }

    private static async Task<int> IngestBenchAsync(CommandArgs a, string dir, IAnsiConsole console, CancellationToken ct)
    {
        var xlsxToo = !a.Flag("no-xlsx");
        var r = await IngestBenchmark.RunAsync(Path.Combine(dir, "ingest"), a.GetInt("rows", 2_000_000), xlsxToo, a.GetInt("rounds", 3), m => ConsoleText.Line(console, $"[grey]{Markup.Escape(m)}[/]"), ct).ConfigureAwait(false);
        List<string> headers = ["轮次", "DuckDB read_csv\n读入内存（参照）", "DuckDB read_csv\n读入数据库文件", "本工具入库 CSV", "CSV 倍率\n（目标 ≤ 1.5）"];
        if (xlsxToo)
        {
            headers.AddRange(["Excel 读取器单独\n读取 .xlsx（参照）", "本工具入库 .xlsx", ".xlsx 速度比\n（目标 ≥ 0.7）"]);
        }

        var rows = new List<string[]>();
        for (var i = 0; i < r.Rounds.Count; i++)
        {
            var round = r.Rounds[i];
            var cells = new List<string> { (i + 1).ToString(CultureInfo.InvariantCulture), Seconds(round.DuckDbReadCsv), Seconds(round.DuckDbReadCsvToFile), Seconds(round.IngestCsv), Ratio(round.CsvRatio) };
            if (round is { BareXlsxRead: { } bare, IngestXlsx: { } ours, XlsxRatio: { } ratio })
            {
                cells.AddRange([Seconds(bare), Seconds(ours), Ratio(ratio)]);
            }
            else if (xlsxToo)
            {
                cells.AddRange([string.Empty, string.Empty, string.Empty]);
            }

            rows.Add([.. cells]);
        }

        console.Write(FittedTable.TableOrRecords(TableBorder.Rounded, console.Profile.Width, headers, rows));
        ConsoleText.Line(console, string.Create(CultureInfo.InvariantCulture, $"每轮 {r.SampleRows:N0} 行。取各轮比值的中位数："));
        ConsoleText.Line(console, string.Create(CultureInfo.InvariantCulture, $"CSV：入库用时是 DuckDB read_csv 读入内存的 [bold]{r.CsvRatio:0.00}[/] 倍（目标 ≤ 1.5），是读入数据库文件的 [bold]{r.CsvToFileRatio:0.00}[/] 倍（本工具同样写入数据库文件，另写 Parquet 数据湖）。"));
        if (r.XlsxRatio is { } x)
        {
            ConsoleText.Line(console, string.Create(CultureInfo.InvariantCulture, $".xlsx：入库速度是单独读取的 [bold]{x:0.00}[/] 倍（目标 ≥ 0.7）。"));
        }

        var median = r.MedianCsvRound;
        ConsoleText.Line(console, "比值居中一轮的 CSV 入库各阶段用时：" + string.Join("，", median.CsvStages.Select(st => string.Create(CultureInfo.InvariantCulture, $"{st.Stage} {st.Elapsed.TotalSeconds:0.00} 秒"))) + string.Create(CultureInfo.InvariantCulture, $"；其间垃圾回收暂停 {median.CsvGcPause.TotalSeconds:0.0} 秒。"));
        ConsoleText.Line(console, string.Create(CultureInfo.InvariantCulture, $"本进程内存峰值：{r.PeakWorkingSetBytes / 1024.0 / 1024.0:N0} MiB。"));
        return CommandLine.Ok;

        static string Seconds(Measured m) => string.Create(CultureInfo.InvariantCulture, $"{m.Elapsed.TotalSeconds:0.00} 秒");

        static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
    }

    private static async Task<int> MetricsBenchAsync(CommandArgs a, IAnsiConsole console, CancellationToken ct)
    {
        await using var connection = await ReformDatabase.OpenExistingForWriteAsync(a.Require("db"), ct).ConfigureAwait(false);
        var asOf = a.Get("as-of") is { } text && ReportMonth.TryParse(text, out var m) ? m : ReportMonth.Of(DateOnly.FromDateTime(await ReformDatabase.ScalarAsync<DateTime>(connection, "SELECT max(report_month) FROM snapshots", ct).ConfigureAwait(false)));
        var result = await MetricsBenchmark.RunAsync(connection, asOf, ct, repeats: 21, measureRefresh: a.Flag("refresh")).ConfigureAwait(false);
        console.WriteLine(result.Describe());
        return CommandLine.Ok;
    }

    private static async Task<int> ReportBenchAsync(CommandArgs a, string dir, IAnsiConsole console, CancellationToken ct)
    {
        var db = a.Require("db");
        await using (var connection = await ReformDatabase.OpenExistingForWriteAsync(db, ct).ConfigureAwait(false))
        {
            var rows = await ReformDatabase.ScalarAsync<long>(connection, "SELECT count(*) FROM snapshots", ct).ConfigureAwait(false);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await MetricViews.InstallAsync(connection, ct).ConfigureAwait(false);
            var install = watch.Elapsed;
            var quarter = a.Get("quarter") is { } q ? PeriodArg.Quarter("quarter", q)
                : await QuarterlyReport.LatestQuarterAsync(connection, ct).ConfigureAwait(false) ?? throw new UsageException("数据库中没有快照。");
            watch.Restart();
            var result = await QuarterlyReport.WriteAsync(connection, quarter, Path.Combine(dir, "report"), ReportFormats.All, ct).ConfigureAwait(false);
            var report = watch.Elapsed;
            ConsoleText.Line(console, string.Create(CultureInfo.InvariantCulture, $"快照 {rows:N0} 行：指标表就绪 {install.TotalSeconds:0.00} 秒；{quarter.Label}报告（图表、HTML、Word）{report.TotalSeconds:0.00} 秒。"));
            foreach (var f in result.Files)
            {
                ConsoleText.Line(console, $"  {Markup.Escape(f)}");
            }
        }

        return CommandLine.Ok;
    }
}
