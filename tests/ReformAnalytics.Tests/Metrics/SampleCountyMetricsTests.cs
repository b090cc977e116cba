using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Tests.Ingest;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>On the ingested sample county, the metric views agree with <see cref="IndependentComputation"/> (plain C#).</summary>
[Collection(SampleCountyCollection.Name)]
public sealed class SampleCountyMetricsTests(SampleCountyFixture county)
{
    [Theory]
    [InlineData(2023, 1)] // the first month of a ledger year: no month before it in the same year
    [InlineData(2023, 6)]
    [InlineData(2024, 1)]
    [InlineData(2024, 12)]
    public async Task UnitFigures_OnTheSampleCounty_AgreeWithAnIndependentComputation(int year, int month)
    {
        var asOf = new ReportMonth(year, month);
        await using var connection = await ReformDatabase.OpenForWriteAsync(county.Db, CancellationToken.None);
        await MetricViews.InstallAsync(connection, CancellationToken.None);
        var snapshots = await IndependentComputation.ReadAsync(connection);
        var expected = IndependentComputation.ByUnit(snapshots, asOf.FirstDay);
        var summary = (await new MetricQueries(connection).SummaryAsync(asOf, MetricGrouping.Unit, CancellationToken.None)).ToDictionary(r => r.GroupName);

        var compared = 0;
        foreach (var (unit, want) in expected.Where(e => e.Value.DeadlineTasks + e.Value.OpenEnded > 0))
        {
            var got = summary[unit];
            Assert.Equal(
                (want.DeadlineTasks, want.OpenEnded, want.Completed, want.OnTime, want.Overdue, want.Behind),
                (got.DeadlineTasks, got.OpenEndedExcluded, got.Completed, got.CompletedOnTime, got.Overdue, got.Behind));
            compared++;
        }

        // Not a comparison of zeros: tasks behind plan every month; completed ones once the year is under way
        // (in January nothing of the new year's ledger is finished yet).
        Assert.True(compared >= 20, $"{compared} units compared");
        Assert.True(expected.Values.Sum(u => u.Behind) > 0);
        Assert.True(month == 1 || expected.Values.Sum(u => u.Completed) > 0);
    }
}
