using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Sample;
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

    /// <summary>
    /// The sample's two returns that go back on the last one, as the metrics read them: the completion reported the
    /// month before and taken back is withdrawn (no completion dated then); the deadline moved after it had passed
    /// is the year's end from the month on, and a completion after it is still not on time.
    /// </summary>
    [Fact]
    public async Task Revisions_OnTheSampleCounty_WithdrawnCompletionAndMovedDeadline()
    {
        await using var connection = await ReformDatabase.OpenForWriteAsync(county.Db, CancellationToken.None);
        await MetricViews.InstallAsync(connection, CancellationToken.None);
        var withdrawn = county.Manifest.Revisions!.Single(r => r.Kind == PlantedRevision.CompletionWithdrawn);
        var moved = county.Manifest.Revisions!.Single(r => r.Kind == PlantedRevision.DeadlineMoved);

        var reported = await RowAsync(connection, withdrawn.TaskName, withdrawn.Month.Previous());
        Assert.Equal((true, true), (reported.Completed, reported.Withdrawn));
        var takenBack = await RowAsync(connection, withdrawn.TaskName, withdrawn.Month);
        Assert.False(takenBack.Completed);
        var december = await RowAsync(connection, withdrawn.TaskName, new ReportMonth(withdrawn.Month.Year, 12));
        Assert.True(december.CompletedMonth is null || december.CompletedMonth > withdrawn.Month.FirstDay, $"completed_month {december.CompletedMonth}");

        var rewritten = await RowAsync(connection, moved.TaskName, moved.Month);
        Assert.Equal(new DateOnly(moved.Month.Year, 12, 31), rewritten.Deadline);
        var yearEnd = await RowAsync(connection, moved.TaskName, new ReportMonth(moved.Month.Year, 12));
        Assert.NotEqual(true, yearEnd.OnTime);
    }

    private static async Task<(bool Completed, bool Withdrawn, DateOnly? CompletedMonth, DateOnly? Deadline, bool? OnTime)> RowAsync(DuckDB.NET.Data.DuckDBConnection connection, string taskName, ReportMonth month)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT completed, completion_withdrawn, completed_month, deadline, completed_on_time FROM task_status WHERE ledger = 'overall' AND task_name = $1 AND report_month = $2";
        cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(taskName));
        cmd.Parameters.Add(new DuckDB.NET.Data.DuckDBParameter(month.FirstDay));
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync(), $"{taskName} {month}");
        DateOnly? Date(int i) => r.IsDBNull(i) ? null : DateOnly.FromDateTime(r.GetDateTime(i));
        return (r.GetBoolean(0), r.GetBoolean(1), Date(2), Date(3), r.IsDBNull(4) ? null : r.GetBoolean(4));
    }
}
