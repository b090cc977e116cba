using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Cli.Commands;

/// <summary>`reform lists`: 成果清单, 负面清单, 红黑榜 and the year-to-date 年度考核 of a quarter as printable workbooks.</summary>
internal sealed class ListsCommand : ICommand
{
    private static readonly HashSet<string> Options = ["db", "quarter", "out"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "lists";

    public string Summary => "生成某季度的成果清单、负面清单、红黑榜和年度考核（Excel，可直接打印）";

    public string Usage => "用法：reform lists --db 数据库文件 --quarter 季度（如2024Q2） --out 输出目录";

    public Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var quarter = PeriodArg.Quarter("quarter", a.Require("quarter"));

        var options = new ListsCommandOptions { DbPath = a.Require("db"), Quarter = quarter, OutDir = a.Require("out") };
        return ListsCommandRunner.RunAsync(options, context.FittedOut(), context.FittedError(), ct);
    }
}
