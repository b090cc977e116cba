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

        var console = context.Console;
        if (review.Table is { } table)
        {
            var t = new Table().Border(TableBorder.Simple)
                .Title(Markup.Escape($"现行单位名称对照表：{table.SourceFile}（{table.Count} 个单位，批次 {review.TableRun} 保存）"))
                .AddColumns("统一使用的名称", "其他写法");
            foreach (var unit in table.Pairs.Select(p => p.Unit).Distinct(StringComparer.Ordinal))
            {
                t.AddRow(Markup.Escape(unit), Markup.Escape(string.Join("、", table.SpellingsOf(unit).Skip(1))));
            }

            console.Write(t);
        }
        else
        {
            console.MarkupLine("尚未保存单位名称对照表：导入时加 [bold]--units 对照表文件[/] 即保存，以后导入自动沿用。");
        }

        if (review.NotRenamed.Count > 0)
        {
            console.MarkupLine($"[yellow]{review.NotRenamed.Count} 个单位[/]仍以对照表改名前的写法存在已入库的月份中，下次入库（或运行 reform ingest --units 对照表 --db … --lake …，可不带文件）即按对照表改名重存：");
            foreach (var u in review.NotRenamed)
            {
                console.MarkupLine($"  {Markup.Escape(u.Describe())} → {Markup.Escape(review.Table!.Canonical(u.Name))}");
            }
        }

        if (review.Suggestions.Count == 0)
        {
            console.MarkupLine("已入库的牵头单位中未发现可能是同一单位的不同写法。");
        }
        else
        {
            var t = new Table().Border(TableBorder.Simple)
                .Title($"可能是同一单位的不同写法（{review.Suggestions.Count} 组，按名称推测，请核对）")
                .AddColumns("建议统一名称", "其他写法", "已入库行数与月份");
            foreach (var s in review.Suggestions)
            {
                t.AddRow(Markup.Escape(s.Unit.Name + (s.InTable ? "（对照表已有）" : string.Empty)), Markup.Escape(string.Join("、", s.Others.Select(o => o.Name))), Markup.Escape(s.Describe()));
            }

            console.Write(t);
        }

        if (a.Get("out") is { } path)
        {
            await File.WriteAllTextAsync(path, review.DraftYaml(Path.GetFileName(db)), new UTF8Encoding(false), ct).ConfigureAwait(false);
            console.MarkupLine($"对照表草稿已写入 [bold]{Markup.Escape(Path.GetFullPath(path))}[/]：核对建议的行并去掉行首的“# ”，再用 reform ingest … --units 该文件 导入。");
        }
        else if (review.Suggestions.Count > 0)
        {
            console.MarkupLine("[grey]加 --out 单位名称对照表.yaml 可生成对照表草稿。[/]");
        }

        return CommandLine.Ok;
    }
}
