using ReformAnalytics.Dashboard;
using ReformAnalytics.Risk;

namespace ReformAnalytics.Tests.Cli;

/// <summary>
/// Each command's help, read as a new analyst of the office reads it: a value in an option's brackets says whether it is
/// the default or an example (before, --horizon 3, --port 5080 and --quarter 2024Q2 looked alike); validate names the
/// ledgers and files as ingest does (before, --ledger … and --map 列名映射); ingest's files are not optional unless
/// --units is given alone; demo names every stage it runs (before, neither the charts nor the lists and notices).
/// </summary>
public sealed class HelpWordingTests
{
    [Theory]
    [InlineData("ingest", "用法：reform ingest 文件或目录… --db 数据库文件 --lake 数据湖目录")]
    [InlineData("ingest", "reform ingest --units 单位名称对照表.yaml --db 数据库文件 --lake 数据湖目录")]
    [InlineData("validate", "[--ledger overall|assigned_pilot|local_pilot] [--month YYYY-MM] [--map 列名映射.json|.yaml] [--units 单位名称对照表.yaml |")]
    [InlineData("validate", "[--xlsx 问题清单.xlsx，默认 台账校验问题清单.xlsx]")]
    [InlineData("metrics", "[--by ledger|group|unit|leader，不给则全部任务合计] [--format table|csv|json|xlsx，默认 table]")]
    [InlineData("report", "--quarter 季度（如2024Q2）")]
    [InlineData("lists", "--quarter 季度（如2024Q2）")]
    [InlineData("charts", "--quarter 季度（如2024Q2）")]
    [InlineData("sample", "[--scale 放大倍数，默认1] [--shape realistic|csv|xlsx|csv+xlsx，默认 realistic]")]
    [InlineData("risk", "[--top 条数，默认20]")]
    [InlineData("risk", "reform risk train --db 数据库文件 [--as-of YYYY-MM，默认库中最近的月份]")]
    [InlineData("bench", "[--rows 行数，默认 2000000] [--rounds 轮数，默认 3]")]
    [InlineData("demo", "生成台账、入库、指标、季度清单与督办单、风险清单、图表、报告")]
    public async Task Help_SaysWhatAValueIs(string command, string expected)
    {
        Assert.Contains(expected, await HelpAsync(command), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_DefaultsAreTheProgramsOwn()
    {
        Assert.Contains($"[--horizon 预测月数，默认{RiskOptions.DefaultHorizon}]", await HelpAsync("risk"), StringComparison.Ordinal);
        Assert.Contains($"[--port 端口，默认{DashboardOptions.DefaultPort}] [--host 地址，默认 127.0.0.1]", await HelpAsync("serve"), StringComparison.Ordinal);
    }

    private static async Task<string> HelpAsync(string command)
    {
        var (exit, lines) = await CliRun.RunAtWidthAsync(400, "help", command);
        Assert.Equal(0, exit);
        return string.Join('\n', lines);
    }
}
