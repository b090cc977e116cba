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
    private static readonly HashSet<string> Options = ["rows", "dir", "db", "as-of", "quarter", "scale"];
    private static readonly HashSet<string> Flags = ["no-xlsx", "refresh"];

    public string Name => "bench";

    public string Summary => "性能基准（与参照在同一次运行中对比，给出倍率）：ingest、metrics、report、risk";

    public string Usage => "用法：reform bench ingest [--rows 2000000] [--dir 工作目录，默认 .bench] [--no-xlsx]\n      reform bench metrics --db 数据库文件 [--as-of YYYY-MM] [--refresh]\n      reform bench report --db 数据库文件 [--quarter 2024Q2] [--dir 输出目录]\n      reform bench risk [--scale 280] [--dir 工作目录]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var which = a.Positionals.Count > 0 ? a.Positionals[0] : throw new UsageException("请指定要运行的基准，例如 reform bench ingest。");
        var dir = Path.GetFullPath(a.Get("dir", ".bench"));
        var console = context.Console;
        switch (which)
        {
            case "ingest":
                var r = await IngestBenchmark.RunAsync(Path.Combine(dir, "ingest"), a.GetInt("rows", 2_000_000), !a.Flag("no-xlsx"), m => console.MarkupLine($"[grey]{Markup.Escape(m)}[/]"), ct).ConfigureAwait(false);
                var t = new Table().Border(TableBorder.Rounded).AddColumns("测量", "行数", "用时（秒）", "行/秒");
                Row(t, "DuckDB read_csv 读入内存（参照）", r.DuckDbReadCsv);
                if (r.DuckDbReadCsvToFile is not null)
                {
                    Row(t, "DuckDB read_csv 读入数据库文件", r.DuckDbReadCsvToFile);
                }

                Row(t, "本工具入库 CSV", r.IngestCsv);
                if (r.BareXlsxRead is not null && r.IngestXlsx is not null)
                {
                    Row(t, "Excel 读取器单独读取 .xlsx（参照）", r.BareXlsxRead);
                    Row(t, "本工具入库 .xlsx", r.IngestXlsx);
                }

                console.Write(t);
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"CSV：入库用时是 DuckDB read_csv 读入内存的 [bold]{r.CsvRatio:0.00}[/] 倍（目标 ≤ 1.5）"));
                if (r.CsvToFileRatio is { } toFile)
                {
                    console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"     是读入数据库文件的 [bold]{toFile:0.00}[/] 倍（本工具同样写入数据库文件，另写 Parquet 数据湖）。"));
                }

                if (r.XlsxRatio is { } x)
                {
                    console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $".xlsx：入库速度是单独读取的 [bold]{x:0.00}[/] 倍（目标 ≥ 0.7）。"));
                }

                console.MarkupLine("入库 CSV 各阶段用时：" + string.Join("，", r.CsvStages.Select(st => string.Create(CultureInfo.InvariantCulture, $"{st.Stage} {st.Elapsed.TotalSeconds:0.00} 秒"))));
                console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"本进程内存峰值：{r.PeakWorkingSetBytes / 1024.0 / 1024.0:N0} MiB；垃圾回收暂停共 {GC.GetTotalPauseDuration().TotalSeconds:0.0} 秒（第 2 代 {GC.CollectionCount(2)} 次）。"));
                return CommandLine.Ok;
            case "metrics":
                return await MetricsBenchAsync(a, console, ct).ConfigureAwait(false);
            case "report":
                return await ReportBenchAsync(a, dir, console, ct).ConfigureAwait(false);
            case "risk":
                var risk = await ReformAnalytics.Risk.RiskBenchmark.RunAsync(
                    new ReformAnalytics.Risk.RiskBenchmarkOptions { WorkDirectory = Path.Combine(dir, "risk"), Scale = a.GetInt("scale", 280) },
                    new Progress<string>(m => console.MarkupLine($"[grey]{Markup.Escape(m)}[/]")),
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

    private static async Task<int> MetricsBenchAsync(CommandArgs a, IAnsiConsole console, CancellationToken ct)
    {
        await using var connection = await ReformDatabase.OpenForWriteAsync(a.Require("db"), ct).ConfigureAwait(false);
        var asOf = a.Get("as-of") is { } text && ReportMonth.TryParse(text, out var m) ? m : ReportMonth.Of(DateOnly.FromDateTime(await ReformDatabase.ScalarAsync<DateTime>(connection, "SELECT max(report_month) FROM snapshots", ct).ConfigureAwait(false)));
        var result = await MetricsBenchmark.RunAsync(connection, asOf, ct, repeats: 21, measureRefresh: a.Flag("refresh")).ConfigureAwait(false);
        console.WriteLine(result.Describe());
        return CommandLine.Ok;
    }

    private static async Task<int> ReportBenchAsync(CommandArgs a, string dir, IAnsiConsole console, CancellationToken ct)
    {
        var db = a.Require("db");
        await using (var connection = await ReformDatabase.OpenForWriteAsync(db, ct).ConfigureAwait(false))
        {
            var rows = await ReformDatabase.ScalarAsync<long>(connection, "SELECT count(*) FROM snapshots", ct).ConfigureAwait(false);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await MetricViews.InstallAsync(connection, ct).ConfigureAwait(false);
            var install = watch.Elapsed;
            var quarter = a.Get("quarter") is { } q ? (Quarter.TryParse(q, out var parsed) ? parsed : throw new UsageException($"--quarter 的格式是 2024Q2，收到“{q}”。"))
                : await QuarterlyReport.LatestQuarterAsync(connection, ct).ConfigureAwait(false) ?? throw new UsageException("数据库中没有快照。");
            watch.Restart();
            var result = await QuarterlyReport.WriteAsync(connection, quarter, Path.Combine(dir, "report"), ReportFormats.All, ct).ConfigureAwait(false);
            var report = watch.Elapsed;
            console.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"快照 {rows:N0} 行：指标表就绪 {install.TotalSeconds:0.00} 秒；{quarter.Label}报告（图表、HTML、Word）{report.TotalSeconds:0.00} 秒。"));
            foreach (var f in result.Files)
            {
                console.MarkupLine($"  {Markup.Escape(f)}");
            }
        }

        return CommandLine.Ok;
    }

    private static void Row(Table t, string name, Measured m) =>
        t.AddRow(Markup.Escape(name), m.Rows.ToString("N0", CultureInfo.InvariantCulture), m.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture), m.RowsPerSecond.ToString("N0", CultureInfo.InvariantCulture));
}
