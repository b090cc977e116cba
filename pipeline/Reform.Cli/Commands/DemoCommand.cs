using ReformAnalytics.Charts;
using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Database;
using ReformAnalytics.Ingest;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;
using ReformAnalytics.Risk;
using ReformAnalytics.Sample;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>
/// `reform demo`: the whole product on the built-in sample county. Generates the county (once), ingests it
/// (re-running changes nothing and is fast), then runs every later stage that exists, and ends with where
/// every output is. The status date is the sample's last report month, never the wall clock.
/// </summary>
internal sealed class DemoCommand : ICommand
{
    private static readonly HashSet<string> Options = ["dir", "seed"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "demo";

    public string Summary => "用内置的示例县数据演示全流程：生成台账、入库、指标、季度清单与督办单、风险清单、图表、报告";

    public string Usage => "用法：reform demo [--dir 输出目录，默认 .demo] [--seed 随机种子]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var dir = Path.GetFullPath(a.Get("dir", ".demo"));
        var seed = a.GetInt("seed", SampleOptions.DefaultSeed);
        var paths = new DemoPaths(dir);
        var console = context.Console;
        const string Title = "[bold]ReformAnalytics 演示：示例县改革任务台账[/]";
        if (console.Profile.Out.IsTerminal)
        {
            console.Write(new Rule(Title).LeftJustified());
        }
        else
        {
            // A rule is as wide as the console, and a file's is unbounded.
            console.MarkupLine(Title);
        }

        var stage = new DemoStages(console);
        await stage.RunAsync("1/7 生成示例县数据", async () =>
        {
            var existing = await SampleManifest.ReadAsync(paths.Sample, ct).ConfigureAwait(false);
            if (existing is not null && existing.IsCurrentFor(seed))
            {
                return (existing, $"已存在（{existing.Files.Count}个文件），跳过生成");
            }

            // Another seed, or a sample written by an older build: written again. The same build and seed give
            // the same bytes, so files that did not change are left as they are by the ingest that follows.
            var written = await SampleCounty.WriteAsync(new SampleOptions { OutputDirectory = paths.Sample, Seed = seed }, ct).ConfigureAwait(false);
            var why = existing is null ? string.Empty : existing.Seed != seed ? "（随机种子不同，重新生成）" : "（原示例数据由另一版本的程序生成，已重新生成）";
            return (written, $"写出{written.Files.Count}个台账文件{why}");
        }).ConfigureAwait(false);

        var summary = await stage.RunAsync("2/7 入库（数据湖 + 数据库）", async () =>
        {
            var s = await IngestRunner.RunAsync([paths.Sample], new IngestOptions { DatabasePath = paths.Database, LakeRoot = paths.Lake }, ct).ConfigureAwait(false);
            var note = s.RunId is null ? "内容未变，无需重新入库" : $"批次{s.RunId}：快照{FigureText.Count(s.RowsStored)}行，任务{FigureText.Count(s.TasksStored)}项";
            return (s, note);
        }).ConfigureAwait(false);
        SummaryPrinter.Print(summary, console, dryRun: false);
        if (summary.Refused)
        {
            return CommandLine.Failed;
        }

        var latest = await stage.RunAsync("3/7 计算指标", async () =>
        {
            var rebuilt = await MetricsRefresh.RunAsync(paths.Database, ct).ConfigureAwait(false);
            var month = await DemoOverview.LatestMonthAsync(paths.Database, ct).ConfigureAwait(false);
            return (month, rebuilt ? $"指标表已重建，最新填报月份{month.Label}" : $"指标表已是最新，最新填报月份{month.Label}");
        }).ConfigureAwait(false);
        await ReturnProgressPrinter.PrintAsync(paths.Database, summary, console, ct).ConfigureAwait(false);
        await DemoOverview.PrintAsync(paths.Database, latest, console, ct).ConfigureAwait(false);

        var quarter = Quarter.Of(latest);
        await stage.RunAsync("4/7 季度清单（成果清单、负面清单、红黑榜、年度考核）与督办单", async () =>
        {
            using var quiet = new StringWriter();
            var code = await ListsCommandRunner.RunAsync(new ListsCommandOptions { DbPath = paths.Database, Quarter = quarter, OutDir = paths.Lists }, quiet, Console.Error, ct).ConfigureAwait(false);
            var (notices, _) = await NoticesCommand.WriteAsync(paths.Database, latest, null, paths.Notices, ct).ConfigureAwait(false);
            var listed = code == 0 ? $"{quarter.Label}的清单已写入 {paths.Lists}" : "清单未能生成";
            return (code, $"{listed}；{ChineseDate.Month(latest.FirstDay)}督办单{notices.Notices.Count}份已写入 {paths.Notices}");
        }).ConfigureAwait(false);

        var risk = await stage.RunAsync("5/7 风险模型：回测与督察前风险清单", async () =>
        {
            var backtest = await RiskBacktest.RunAsync(paths.Database, paths.Risk, new RiskBacktestOptions(), ct).ConfigureAwait(false);
            // December closes the ledger year: nothing is left to foresee, so the list is the one the office made in November.
            var riskMonth = latest.Month == 12 ? latest.Previous() : latest;
            var flags = await RiskCommand.FlagAsync(paths.Database, riskMonth, 20, Path.Combine(paths.Risk, $"督察前风险清单-{riskMonth}.xlsx"), ct).ConfigureAwait(false);
            var note = backtest.Succeeded ? $"回测{backtest.CutOffs.Count}个截止点" : backtest.Message!;
            note += flags.Succeeded ? $"；风险清单{flags.Flags.Count}项" : "；" + flags.Message;
            return ((Backtest: backtest, Flags: flags), note);
        }).ConfigureAwait(false);
        if (risk.Flags.Succeeded)
        {
            RiskCommand.Print(risk.Flags with { Flags = [.. risk.Flags.Flags.Take(10)] }, console);
        }

        await stage.RunAsync("6/7 季度分析图表", async () =>
        {
            await using var connection = await ReformDatabase.OpenForWriteAsync(paths.Database, ct).ConfigureAwait(false);
            var files = await ChartSet.RenderAsync(connection, quarter, paths.Charts, ct).ConfigureAwait(false);
            var removed = paths.RemoveChartsOtherThan(files);
            return (files.Count, removed > 0 ? $"{files.Count}个文件（删去以前运行留下的{removed}个）" : $"{files.Count}个文件");
        }).ConfigureAwait(false);

        var report = await stage.RunAsync("7/7 季度分析报告（HTML、Word）", async () =>
        {
            var r = await ReportCommand.WriteAsync(paths.Database, quarter, paths.Reports, ReportFormats.All, ct).ConfigureAwait(false);
            return (r, string.Join("、", r.Files.Select(Path.GetFileName)));
        }).ConfigureAwait(false);

        PrintOutputs(console, paths, latest, report.Files);
        return CommandLine.Ok;
    }

    /// <summary>
    /// Where every output is, and the commands to go on with, in a table that shares the console's width: Spectre cut
    /// the paths wherever its column ended.
    /// </summary>
    internal static void PrintOutputs(IAnsiConsole console, DemoPaths paths, ReportMonth latest, IEnumerable<string> reports)
    {
        string[][] outputs =
        [
            ["示例台账文件", paths.Sample],
            ["数据湖（Parquet，长期保存）", paths.Lake],
            ["数据库（DuckDB，可随时由数据湖重建）", paths.Database],
            ["季度清单（Excel）", paths.Lists],
            ["督办单（Word，每个牵头单位一份）", paths.Notices],
            ["风险模型回测报告与风险清单", paths.Risk],
            ["季度分析图表（PNG、SVG）", paths.Charts],
            .. reports.Select(file => new[] { "季度分析报告", file }),
            ["指标", $"./reform metrics --db {paths.Database} --as-of {latest} --by group"],
            ["即席查询（只读）", $"./reform sql --db {paths.Database}"],
            ["看板（浏览器打开 http://127.0.0.1:5080/）", $"./reform serve --db {paths.Database}"],
            ["分析笔记本（VS Code + Polyglot Notebooks）", Path.Combine(DemoPaths.RepositoryNotebooks(), "*.ipynb")],
        ];
        console.Write(FittedTable.TableOrRecords(TableBorder.Rounded, console.Profile.Width, ["内容", "位置"], outputs));
    }
}
