using System.Text;
using ReformAnalytics.Cli.Commands;
using ReformAnalytics.Model;
using ReformAnalytics.Tests.Ingest;
using Spectre.Console;

namespace ReformAnalytics.Tests.Cli;

public sealed class DemoOverviewPrintTests
{
    [Fact]
    public async Task On_80_columns_the_ledgers_figures_fit_and_a_column_name_breaks_before_its_bracket()
    {
        using var f = new IngestFixture();
        File.WriteAllText(Path.Combine(f.Input, "2024年6月改革任务总台账.csv"),
            "序号,改革任务,牵头单位,完成时限,完成情况,完成进度\n" +
            "1,推进A改革,县发改局,2024年5月底前,已完成,100%\n" +
            "2,推进B改革,县财政局,2024年12月底前,序时推进,50%\n" +
            "3,推进C改革,县教育局,长期坚持,序时推进,40%\n",
            new UTF8Encoding(false));
        await f.IngestAsync();
        await MetricsRefresh.RunAsync(f.Db, CancellationToken.None);
        using var writer = new StringWriter();

        await DemoOverview.PrintAsync(f.Db, new ReportMonth(2024, 6), CliRun.PlainConsole(writer, 80), CancellationToken.None);

        var lines = writer.ToString().Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.All(lines, l => Assert.True(l.Sum(c => c.GetCellWidth()) <= 80, $"“{l}” is wider than 80"));
        Assert.Equal("2024年6月各台账完成情况（截至2024年6月30日）", lines[0]);
        // By hand: 8 columns leave 80 − 25 = 55 cells; narrowest first 逾期 4, 滞后 4, 任务数 6, 已完成 6, 完成率 6, 改革任务
        // 总台账 9 of its 14, 平均滞后(百分点) 10 of 16 and 长期任务(未计入) the 10 left. Spectre cut the names wherever a
        // column ended (平均滞后(百 / 分点)); here each breaks before its bracket, which stays whole on the next line.
        var header = lines.FindIndex(l => l.Contains("平均滞后", StringComparison.Ordinal));
        Assert.Contains("(百分点)", lines[header + 1], StringComparison.Ordinal);
        Assert.Contains("(未计入)", lines[header + 1], StringComparison.Ordinal);
        // 3 tasks, 1 completed; the open-ended one (长期坚持) is left out of the rate: 1 of 2, 50% (no decimal when whole, as the report writes it).
        var row = lines.Single(l => l.Contains("改革任务", StringComparison.Ordinal) && !l.Contains("任务数", StringComparison.Ordinal));
        Assert.Equal(["改革任务", "3", "1", "50%"], row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..4]);
        Assert.DoesNotContain(lines, l => l.Contains('…', StringComparison.Ordinal));
    }
}
