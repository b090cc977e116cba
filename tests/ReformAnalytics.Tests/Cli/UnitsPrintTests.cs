using System.Text;
using ReformAnalytics.Tests.Ingest;
using Spectre.Console;

namespace ReformAnalytics.Tests.Cli;

/// <summary>
/// `reform units` on a terminal: June 2024 names 县人社局 as co-unit of both tasks of 县财政局, July 县人力资源和社会保障局
/// for the first and 县人社局 for the second. Neither is ever a lead unit.
/// </summary>
public sealed class UnitsPrintTests
{
    private const string Header = "序号,改革任务,牵头单位,配合单位,责任领导,完成时限,完成情况,完成进度\n";

    [Fact]
    public async Task A_unit_only_ever_a_co_unit_is_listed_with_its_role_and_nothing_is_cut_at_80_columns()
    {
        using var f = new IngestFixture();
        Write(f, "2024年6月改革任务总台账.csv", Header + "1,推进A改革,县财政局,县人社局,张三,2024年9月底前,序时推进,60%\n2,推进B改革,县财政局,县人社局,张三,2024年12月底前,序时推进,40%\n");
        Write(f, "2024年7月改革任务总台账.csv", Header + "1,推进A改革,县财政局,县人力资源和社会保障局,张三,2024年9月底前,序时推进,70%\n2,推进B改革,县财政局,县人社局,张三,2024年12月底前,序时推进,50%\n");
        await f.IngestAsync();

        var (exit, lines) = await CliRun.RunAtWidthAsync(80, "units", "--db", f.Db);

        Assert.Equal(0, exit);
        Assert.All(lines, l => Assert.True(l.Sum(c => c.GetCellWidth()) <= 80, $"“{l}” is wider than 80"));
        // Before, only lead units were looked at: “未发现可能是同一单位的不同写法”. By hand: 县人社局 is a co-unit on 3 rows
        // (June 2, July 1), 县人力资源和社会保障局 on 1 (July); no lead unit in the group, so the name on more rows is
        // suggested, each spelling on a line of its own beside it: 12 + 43 cells (县人力资源和社会保障局 配合1行（2024年7月）:
        // 22 + 1 + 4 + 1 + 2 + 2 + 4 + 2 + 1 + 2 + 2) and 7 of rules and padding, 62: nothing is wrapped.
        Assert.Contains(lines, l => l.Contains(" 县人社局       县人社局 配合3行（2024年6月—2024年7月）", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("                县人力资源和社会保障局 配合1行（2024年7月）", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("…", StringComparison.Ordinal));
    }

    private static void Write(IngestFixture f, string name, string text) =>
        File.WriteAllText(Path.Combine(f.Input, name), text, new UTF8Encoding(false));
}
