using System.Globalization;
using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Model;
using ReformAnalytics.Sample;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>`reform sample`: writes the generated sample county's monthly exports into a folder.</summary>
internal sealed class SampleCommand : ICommand
{
    private static readonly HashSet<string> Options = ["out", "seed", "years", "scale", "shape"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "sample";

    public string Summary => "生成示例县的月度台账文件（可放大规模用于性能测试）";

    public string Usage => "用法：reform sample --out 目录 [--seed 随机种子] [--years 起止年份，默认2022-2024] [--scale 放大倍数，默认1] [--shape realistic|csv|xlsx|csv+xlsx，默认 realistic]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var (first, last) = ParseYears(a.Get("years", "2022-2024"));
        var options = new SampleOptions
        {
            OutputDirectory = a.Require("out"),
            Seed = a.GetInt("seed", SampleOptions.DefaultSeed),
            FirstYear = first,
            LastYear = last,
            Scale = a.GetInt("scale", 1),
            Shape = a.Get("shape", "realistic") switch
            {
                "realistic" => SampleShape.Realistic,
                "csv" => SampleShape.PlainCsv,
                "xlsx" => SampleShape.PlainXlsx,
                "csv+xlsx" => SampleShape.PlainCsvAndXlsx,
                var s => throw new UsageException($"--shape 只能是 realistic、csv、xlsx 或 csv+xlsx，收到“{s}”。"),
            },
        };
        var manifest = await SampleCounty.WriteAsync(options, ct).ConfigureAwait(false);
        ConsoleText.Line(context.Console, $"已生成示例县台账：{manifest.Files.Count}个文件，任务行{FigureText.Count(manifest.RowsWritten)}行（入库后快照{FigureText.Count(manifest.SnapshotRows)}行），目录 [bold]{Markup.Escape(Path.GetFullPath(options.OutputDirectory))}[/]。");
        ConsoleText.Line(context.Console, $"有意埋设的情形：漏报{manifest.MissingReturns.Count}处，更正重报{manifest.Corrections.Count}处，任务改名{manifest.Rewordings.Count}处，年中新增任务{manifest.MidYearTasks.Count}项，问题单元格{manifest.BadCells.Count}个（详见 manifest.json）。");
        return CommandLine.Ok;
    }

    internal static (int First, int Last) ParseYears(string text)
    {
        var parts = text.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length is 1 or 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var last))
        {
            return (first, last);
        }

        throw new UsageException($"--years 的格式是2022-2024或2024，收到“{text}”。");
    }
}
