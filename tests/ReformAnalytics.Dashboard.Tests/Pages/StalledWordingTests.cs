using System.Text.RegularExpressions;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Risk;

namespace ReformAnalytics.Dashboard.Tests.Pages;

/// <summary>
/// stalled_months is one count, labelled one way wherever the office reads it: the dashboard's column, the risk model's
/// input (risk notebook, reasons) and every notebook alias say 进度连续未变化的填报次数, the words of 停滞 in the report,
/// the lists and the 督办单 (进度连续N次填报未变化: counted in returns, not in months).
/// </summary>
public sealed partial class StalledWordingTests
{
    private const string Wording = "进度连续未变化的填报次数";

    [Fact]
    public void StalledMonths_DashboardAndRiskModel_SayTheSame()
    {
        Assert.Equal(Wording, Labels.Column("stalled_months"));
        Assert.Equal(Wording, RiskFeatures.All.Single(f => f.Column == "stalled_months").Label);
    }

    [Fact]
    public void StalledMonths_EveryNotebookAlias_IsTheDashboardsLabel()
    {
        var notebooks = Directory.GetFiles(Path.Combine(Root(), "notebooks"), "*.ipynb");
        var aliases = notebooks.SelectMany(n => Alias().Matches(File.ReadAllText(n)).Select(m => (Notebook: Path.GetFileName(n), Label: m.Groups[1].Value))).ToList();

        // 季度分析 and 常用查询 each alias it twice; the risk notebook labels it through RiskFeatures.
        Assert.Equal(4, aliases.Count);
        Assert.All(aliases, a => Assert.Equal(Wording, a.Label));
        Assert.DoesNotContain(notebooks, n => File.ReadAllText(n).Contains("停滞月数", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"stalled_months AS ""?([^,""\s\\]+)")]
    private static partial Regex Alias();

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ReformAnalytics.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ReformAnalytics.sln not found above " + AppContext.BaseDirectory);
    }
}
