using ReformAnalytics.Risk;
using ReformAnalytics.Tests.Metrics;

namespace ReformAnalytics.Tests.Risk;

/// <summary>The C# list of inputs and the SQL that computes them agree.</summary>
public sealed class RiskFeatureCatalogTests(RiskHistoryFixture fixture) : IClassFixture<RiskHistoryFixture>
{
    [Fact]
    public async Task EveryInput_IsAColumnOfRiskFeatures()
    {
        var columns = (await TaskRow.QueryAsync(fixture.Connection, "SELECT column_name FROM (DESCRIBE risk_features)"))
            .Select(c => c.Text("column_name"))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Equal(RiskFeatures.NumericCount, RiskFeatures.Numeric.Count);
        Assert.All(RiskFeatures.All, f => Assert.Contains(f.Column, columns));
        Assert.Equal(RiskFeatures.All.Count, RiskFeatures.All.Select(f => f.Column).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task UnitRecord_CountsSettlementsUpToD()
    {
        // 县教育局: R4 (due April) is not completed in April -> settled late in April. R5 is open-ended: never settles.
        // 县财政局: R3 (due June) completed in May -> on time in May; R2 (due June) not completed in June -> late in June.
        var rows = await TaskRow.QueryAsync(fixture.Connection, """
            SELECT task_id, strftime(report_month, '%m') AS m, unit_settled, unit_late, unit_late_rate
            FROM risk_features WHERE task_id IN ('R5', 'R2') AND report_month IN ('2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01')
            ORDER BY task_id, m
            """);

        Assert.Equal(
            ["R2 03 0 0 -", "R2 04 0 0 -", "R2 05 1 0 0", "R2 06 2 1 0.5", "R5 03 0 0 -", "R5 04 1 1 1", "R5 05 1 1 1", "R5 06 1 1 1"],
            rows.Select(r => $"{r.Text("task_id")} {r.Text("m")} {r.Long("unit_settled")} {r.Long("unit_late")} {(r.Double("unit_late_rate") is { } x ? x.ToString(System.Globalization.CultureInfo.InvariantCulture) : "-")}"));
    }
}
