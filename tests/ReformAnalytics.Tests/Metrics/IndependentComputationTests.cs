using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>The views agree with <see cref="IndependentComputation"/> over a made-up county (<see cref="SyntheticFixture"/>).</summary>
public sealed class IndependentComputationTests(SyntheticFixture fixture) : IClassFixture<SyntheticFixture>
{
    [Theory]
    [InlineData(2023, 6)]
    [InlineData(2024, 1)]
    [InlineData(2024, 3)]
    [InlineData(2024, 6)]
    public async Task UnitFigures_AgreeWithAPlainCSharpReadingOfTheDefinitions(int year, int month)
    {
        var asOf = new ReportMonth(year, month);
        var snapshots = await IndependentComputation.ReadAsync(fixture.Connection);
        var expected = IndependentComputation.ByUnit(snapshots, asOf.FirstDay);
        var queries = new MetricQueries(fixture.Connection);
        var summary = (await queries.SummaryAsync(asOf, MetricGrouping.Unit, CancellationToken.None)).ToDictionary(r => r.GroupName);
        var discipline = (await queries.ReportingDisciplineAsync(asOf, CancellationToken.None)).ToDictionary(r => r.LeadUnit);

        Assert.Equal(expected.Count(e => e.Value.DeadlineTasks + e.Value.OpenEnded > 0), summary.Count);
        foreach (var (unit, want) in expected.Where(e => e.Value.DeadlineTasks + e.Value.OpenEnded > 0))
        {
            var got = summary[unit];
            Assert.Equal(
                (want.DeadlineTasks, want.OpenEnded, want.Completed, want.OnTime, want.Overdue, want.Behind, want.Stalled),
                (got.DeadlineTasks, got.OpenEndedExcluded, got.Completed, got.CompletedOnTime, got.Overdue, got.Behind, got.Stalled));
            Assert.Equal(want.MeanLag is null, got.AvgLagPp is null);
            if (want.MeanLag is { } lag)
            {
                Assert.Equal(lag, got.AvgLagPp!.Value, 1e-9);
            }
        }

        foreach (var (unit, want) in expected.Where(e => e.Value.Expected > 0))
        {
            Assert.Equal((want.Expected, want.Missing), (discipline[unit].ExpectedReturns, discipline[unit].MissingReturns));
        }

        // the made-up county has something of everything, or this comparison would prove little; in January
        // no return is expected (a new ledger year), and the views must agree that none is
        Assert.True(expected.Values.Sum(u => u.Completed) > 0);
        Assert.True(expected.Values.Sum(u => u.Overdue) > 0);
        Assert.True(expected.Values.Sum(u => u.Stalled) > 0);
        if (month == 1)
        {
            Assert.All(expected.Values, u => Assert.Equal(0, u.Expected));
            Assert.Empty(discipline);
        }
        else
        {
            Assert.True(expected.Values.Sum(u => u.Missing) > 0);
        }
    }

    [Fact]
    public async Task Benchmark_RunsEverySummaryAgainstTheReference()
    {
        var result = await MetricsBenchmark.RunAsync(fixture.Connection, new ReportMonth(2024, 6), CancellationToken.None, repeats: 1);

        Assert.Equal(fixture.Inserted, result.SnapshotRows);
        Assert.True(result.Summaries > TimeSpan.Zero && result.Reference > TimeSpan.Zero);
        Assert.Contains("比值", result.Describe(), StringComparison.Ordinal);
        Assert.Null(result.Refresh);
    }

    [Fact]
    public async Task SyntheticSnapshots_SameSeed_SameRows()
    {
        using var other = await MetricsDatabase.OpenAsync();
        var inserted = await SyntheticSnapshots.InsertAsync(other, tasks: 400, months: 18, seed: SyntheticFixture.Seed, CancellationToken.None);
        var sum = "SELECT sum(hash(ledger, task_id, report_month, progress_pct, status, deadline)) FROM snapshots";

        Assert.Equal(fixture.Inserted, inserted);
        Assert.Equal(await MetricsDatabase.ScalarAsync(fixture.Connection, sum), await MetricsDatabase.ScalarAsync(other, sum));
    }
}
