using System.Text;
using ReformAnalytics.Cli.Infrastructure;
using ReformAnalytics.Database;
using ReformAnalytics.Ingest;
using Spectre.Console;

namespace ReformAnalytics.Cli.Commands;

/// <summary>
/// `reform units`: the table of unit names in force, the stored lead units that are probably one unit written two
/// ways, and (with --out) a draft table to check and pass to --units.
/// </summary>
internal sealed class UnitsCommand : ICommand
{
    private static readonly HashSet<string> Options = ["db", "out"];
    private static readonly HashSet<string> Flags = [];

    public string Name => "units";

    public string Summary => "查看单位名称对照表，列出已入库台账中可能是同一单位的不同写法，并可生成对照表草稿";

    public string Usage => "用法：reform units --db 数据库文件 [--out 单位名称对照表.yaml]";

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandContext context, CancellationToken ct)
    {
        var a = CommandArgs.Parse(args, Options, Flags);
        var db = a.Require("db");
        UnitNameReview review;
        await using (var connection = await ReformDatabase.OpenReadOnlyAsync(db, ct).ConfigureAwait(false))
        {
            review = await UnitNameReview.ReadAsync(connection, ct).ConfigureAwait(false);
        }

        Print(review, context.Console);

        var console = context.Console;
        if (a.Get("out") is { } path)
        {
            await File.WriteAllTextAsync(path, review.DraftYaml(Path.GetFileName(db)), new UTF8Encoding(false), ct).ConfigureAwait(false);
            ConsoleText.Line(console, $"对照表草稿已写入 [bold]{Markup.Escape(Path.GetFullPath(path))}[/]：核对建议的行并去掉行首的“# ”，再用 reform ingest … --units 该文件 导入。");
        }
        else if (review.Suggestions.Count > 0)
        {
            ConsoleText.Line(console, "[grey]加 --out 单位名称对照表.yaml 可生成对照表草稿。[/]");
        }

        return CommandLine.Ok;
    }

    /// <summary>
    /// The table in force, the units not renamed yet and the suggestions, as tables whose columns share the console's
    /// width (Spectre cut a unit's name or its months wherever a column ended).
    /// </summary>
    internal static void Print(UnitNameReview review, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(console);
        if (review.Table is { } table)
        {
            ConsoleText.Line(console, Markup.Escape($"现行单位名称对照表：{table.SourceFile}（{table.Count}个单位，批次{review.TableRun}保存）"));
            var rows = table.Pairs.Select(p => p.Unit).Distinct(StringComparer.Ordinal)
                .Select(unit => new[] { unit, string.Join("、", table.SpellingsOf(unit).Skip(1)) }).ToList();
            console.Write(FittedTable.TableOrRecords(TableBorder.Simple, console.Profile.Width, ["统一使用的名称", "其他写法"], rows));
        }
        else
        {
            ConsoleText.Line(console, "尚未保存单位名称对照表：导入时加 [bold]--units 对照表文件[/] 即保存，以后导入自动沿用。");
        }

        if (review.NotRenamed.Count > 0)
        {
            ConsoleText.Line(console, $"[yellow]{review.NotRenamed.Count}个单位[/]仍以对照表改名前的写法存在已入库的月份中，下次入库（或运行 reform ingest --units 对照表 --db … --lake …，可不带文件）即按对照表改名重存：");
            foreach (var u in review.NotRenamed)
            {
                ConsoleText.Item(console, "·", $"{u.Describe()} → {review.Table!.Canonical(u.Name)}");
            }
        }

        if (review.Suggestions.Count == 0)
        {
            ConsoleText.Line(console, "已入库的牵头单位和配合单位中未发现可能是同一单位的不同写法。");
            return;
        }

        ConsoleText.Line(console, $"可能是同一单位的不同写法（{review.Suggestions.Count}组，按名称推测，请核对；牵头、配合指该名称作为牵头单位、配合单位出现的行数）：");
        // Each spelling on a line of its own under the name suggested, with its rows in each role and its months (the
        // other spellings were a column of their own, and each was written twice in a row).
        var suggestions = review.Suggestions.Select(s => new[]
        {
            s.Unit.Name + (s.InTable ? "（对照表已有）" : string.Empty),
            string.Join("\n", s.Others.Prepend(s.Unit).Select(u => u.Describe())),
        }).ToList();
        console.Write(FittedTable.TableOrRecords(TableBorder.Simple, console.Profile.Width, ["建议统一名称", "各写法已入库的行数与月份"], suggestions));
    }
}
