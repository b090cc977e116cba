using System.Globalization;
using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Risk;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>`reform risk train|backtest|flag`: the model that flags the tasks likely to fall behind before an inspection.</summary>
internal sealed class RiskCommand : ICommand
{
    private static readonly HashSet<string> Options = ["db", "as-of", "horizon", "top", "xlsx", "out", "model-dir"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "risk";

    public string Summary => "风险模型：训练、回测、生成督察前风险清单（含原因）";

    public string Usage => """
        用法：reform risk train --db 数据库文件 [--as-of YYYY-MM，默认库中最近的月份] [--horizon 预测月数，默认3] [--model-dir 目录，默认数据库旁的 risk-model]
              reform risk backtest --db 数据库文件 [--horizon 预测月数，默认3] [--top 条数，默认20] [--out 目录]
              reform risk flag --db 数据库文件 --as-of YYYY-MM [--top 条数，默认20] [--xlsx 风险清单.xlsx]
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var verb = a.Positionals.Count > 0 ? a.Positionals[0] : throw new UsageException("请指定 train、backtest 或 flag。");
        var db = a.Require("db");
        var horizon = a.GetInt("horizon", RiskOptions.DefaultHorizon);
        var console = context.Console;
        switch (verb)
        {
            case "train":
                {
                    var dir = a.Get("model-dir") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(db))!, "risk-model");
                    var result = await RiskTrainer.TrainAsync(db, AsOf(a), horizon, dir, ct).ConfigureAwait(false);
                    if (!result.Succeeded)
                    {
                        ConsoleText.Line(console, $"[yellow]{Markup.Escape(result.Message!)}[/]");
                        return CommandLine.Failed;
                    }

                    ConsoleText.Line(console, $"模型已保存：[bold]{Markup.Escape(result.ModelPath!)}[/]；说明：{Markup.Escape(result.MetadataPath!)}");
                    return CommandLine.Ok;
                }

            case "backtest":
                {
                    var outDir = a.Get("out") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(db))!, "risk");
                    var options = new RiskBacktestOptions { Model = new RiskOptions { Horizon = horizon }, TopK = a.GetInt("top", 20) };
                    var result = await RiskBacktest.RunAsync(db, outDir, options, ct).ConfigureAwait(false);
                    if (!result.Succeeded)
                    {
                        ConsoleText.Line(console, $"[yellow]{Markup.Escape(result.Message!)}[/]");
                        return CommandLine.Failed;
                    }

                    var report = RiskBacktestReport.Markdown(result);
                    if (console.Profile.Out.IsTerminal)
                    {
                        // Its tables fitted to the terminal; a file or a pipe gets the Markdown as it is.
                        MarkdownText.Write(console, report);
                    }
                    else
                    {
                        context.Out.WriteLine(report);
                    }
                    foreach (var f in result.Files)
                    {
                        ConsoleText.Line(console, $"已写出 [bold]{Markup.Escape(f)}[/]");
                    }

                    return CommandLine.Ok;
                }

            case "flag":
                {
                    var asOf = AsOf(a) ?? throw new UsageException("生成风险清单需要 --as-of（YYYY-MM）。");
                    var result = await FlagAsync(db, asOf, a.GetInt("top", 20), a.Get("xlsx"), ct).ConfigureAwait(false);
                    if (!result.Succeeded)
                    {
                        ConsoleText.Line(console, $"[yellow]{Markup.Escape(result.Message!)}[/]");
                        return CommandLine.Failed;
                    }

                    Print(result, console);
                    return CommandLine.Ok;
                }

            default:
                throw new UsageException($"不认识“{verb}”：请用 train、backtest 或 flag。");
        }
    }

    public static async Task<RiskFlagResult> FlagAsync(string db, ReportMonth asOf, int top, string? xlsx, CancellationToken ct)
    {
        await using var connection = await ReformDatabase.OpenForWriteAsync(db, ct).ConfigureAwait(false);
        await MetricViews.InstallAsync(connection, ct).ConfigureAwait(false);
        return await RiskFlagger.FlagAsync(connection, asOf, top, xlsx, ct).ConfigureAwait(false);
    }

    public static void Print(RiskFlagResult result, IAnsiConsole console)
    {
        var rows = result.Flags.Select(f => new[]
        {
            f.Rank.ToString(CultureInfo.InvariantCulture),
            TaskLabel.Of(f.TaskHeading, f.TaskName),
            f.LeadUnit ?? string.Empty,
            FigureText.Probability(f.Probability),
            ReasonLines(f.Reasons),
        }).ToList();
        var table = FittedTable.Build(TableBorder.Simple, console.Profile.Width, ["排名", "任务", "牵头单位", "滞后概率", "主要原因"], rows)
            .Title($"督察前风险清单（截至{FigureText.Date(result.AsOf.StatusDate)}，未来{result.Horizon}个月，共评估{result.ScoredTasks}项未完成任务）");
        console.Write(table);
    }

    /// <summary>
    /// One reason to a line, numbered: Chinese has no spaces to break at, so a reason run on after the last one was cut
    /// wherever the column ended, even inside a figure (“按期完成率1” / “2%”).
    /// </summary>
    internal static string ReasonLines(IReadOnlyList<RiskReason> reasons) =>
        string.Join('\n', reasons.Select((r, i) => reasons.Count == 1 ? r.Text : $"{i + 1}. {r.Text}"));

    private static ReportMonth? AsOf(CommandArgs a)
    {
        if (a.Get("as-of") is not { } text)
        {
            return null;
        }

        return PeriodArg.Month("as-of", text);
    }
}
