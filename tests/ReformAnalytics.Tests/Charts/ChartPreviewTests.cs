using ReformAnalytics.Charts;

namespace ReformAnalytics.Tests.Charts;

public sealed class ChartPreviewTests
{
    [Fact]
    public void Preview()
    {
        var dir = "/tmp/chart-preview";
        Directory.CreateDirectory(dir);
        var charts = new[]
        {
            GroupCompletionChart.Render(ChartSamples.Groups),
            MonthlyTrendChart.Render(ChartSamples.Months),
            UnitRankingChart.Render(ChartSamples.Units),
            LagDistributionChart.Render(ChartSamples.Lags, thresholds: new LagThresholds(10, 25)),
            ProgressVsTimeChart.Render(ChartSamples.Tasks),
            LedgerComparisonChart.Render(ChartSamples.Ledgers),
            QuarterChangeChart.Render(ChartSamples.Changes, "2024年第一季度", "2024年第二季度"),
            BehindHeatmapChart.Render(ChartSamples.Behind),
        };
        foreach (var c in charts)
        {
            File.WriteAllBytes(Path.Combine(dir, c.Name + ".png"), c.Png);
            File.WriteAllText(Path.Combine(dir, c.Name + ".svg"), c.Svg);
        }
    }
}
