using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// <c>reform metrics --by unit</c> on <see cref="SilentUnitRankingTests"/>' fixture: in October 县乙局 sent nothing (its only
/// row is B3's, closed out) and 县丙局 left C2 out; the table counts what was reported, and a line beside it names both
/// with the 红黑榜's note.
/// </summary>
public sealed class SilentUnitMetricsCommandTests
{
    [Fact]
    public async Task ByUnit_NamesTheUnitsWhoseReturnsTheRankingCarries_BesideTheFigures()
    {
        using var temp = new Support.TempFolder("reform-silent");
        var db = temp.File("reform.duckdb");
        using (var connection = await MetricsDatabase.OpenAsync(db))
        {
            await MetricsDatabase.ExecuteAsync(connection, SilentUnitRankingTests.Insert());
        }

        async Task<(string Output, string Note)> Run(MetricGrouping by)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var options = new MetricsCommandOptions { DbPath = db, AsOf = new ReportMonth(2024, 10), By = by, Format = MetricsFormat.Csv };
            Assert.Equal(0, await MetricsCommandRunner.RunAsync(options, output, error, CancellationToken.None));
            return (output.ToString(), string.Join('\n', error.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("未报送或漏报的单位", StringComparison.Ordinal))));
        }

        var units = await Run(MetricGrouping.Unit);
        Assert.Equal(
            "未报送或漏报的单位：县丙局10月漏报1项，按上次报送的进度计；县乙局10月未报送，按8月报送的进度计。"
            + "上表只计本月报送的任务；红黑榜和年度考核把未报送的任务按上次报送的进度计入，计划进度、滞后和逾期按月末计算（reform lists）。",
            units.Note);
        Assert.DoesNotContain("未报送", units.Output, StringComparison.Ordinal);
        Assert.Empty((await Run(MetricGrouping.Group)).Note);
    }
}
