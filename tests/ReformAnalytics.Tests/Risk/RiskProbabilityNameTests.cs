using System.Text.RegularExpressions;
using ReformAnalytics.Cli.Commands;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;
using ReformAnalytics.Risk;
using ReformAnalytics.Tests.Cli;
using ReformAnalytics.Tests.Support;

namespace ReformAnalytics.Tests.Risk;

/// <summary>
/// risk_flags.probability has one Chinese name wherever a person reads it, the one docs/schema.md gives it: 滞后概率
/// (the workbook's header). Before, the risk notebook said 掉队概率, the CLI's list 概率 and the report 滞后风险.
/// </summary>
public sealed partial class RiskProbabilityNameTests
{
    private const string Name = "滞后概率";

    [Fact]
    public void SchemaDocs_NameTheProbability()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs/schema.md"));

        Assert.Contains("| probability | 滞后概率 |", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void CliRiskList_HeadsTheColumnWithTheName()
    {
        using var writer = new StringWriter();
        var flag = new RiskFlag(
            1, "t1", "overall", "探索夜间经济新业态培育模式", null, "县文广旅体局", "何晓东", new DateOnly(2024, 12, 31), "2024年12月底前",
            62, 75, "进度滞后", 0.93, [new("status", "报告状态为“进度滞后”")]);

        RiskCommand.Print(new RiskFlagResult(new ReportMonth(2024, 11), 1, 41, [flag], "trained", null, null), CliRun.PlainConsole(writer, 120));

        Assert.Contains(Name, writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_HeadsTheColumnWithTheName()
    {
        Assert.Equal(["序号", "任务名称", "牵头单位", Name, "主要原因"], ReportColumns.Risk);
        Assert.StartsWith("注：" + Name, RiskSection.Note(3), StringComparison.Ordinal);
    }

    [Fact]
    public void RiskNotebook_CallsItByTheName_WithNoOtherWordForFallingBehind()
    {
        var notebook = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "notebooks", "风险模型.ipynb"));

        Assert.Matches(ProbabilityColumn(), notebook);
        Assert.DoesNotContain("掉队", notebook, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"round\(100 \* f\.probability\) AS 滞后概率")]
    private static partial Regex ProbabilityColumn();
}
