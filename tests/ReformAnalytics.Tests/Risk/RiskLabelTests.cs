using DuckDB.NET.Data;
using ReformAnalytics.Model;
using ReformAnalytics.Risk;
using ReformAnalytics.Tests.Metrics;

namespace ReformAnalytics.Tests.Risk;

/// <summary>risk_labels and risk_examples on <see cref="RiskHistory"/>, every expected value worked out by hand there.</summary>
public sealed class RiskLabelTests(RiskHistoryFixture fixture) : IClassFixture<RiskHistoryFixture>
{
    private readonly DuckDBConnection _db = fixture.Connection;

    [Fact]
    public async Task Label_TurnsRedWithinHorizon_FellBehindFromTheRedMonth()
    {
        // R2 at Jan: lag 30/181 = 16.6 - 10 = 6.6 (green). Window Feb..Apr: Feb lag 12.6, Mar 19.7 (amber), Apr 66.3 - 35 = 31.3 >= 25 (red).
        var label = await LabelAsync("R2", "2024-01", 3);

        Assert.True(label.Bool("fell_behind"));
        Assert.Equal(new DateOnly(2024, 4, 1), label.Date("first_behind_month"));
        Assert.Equal(new DateOnly(2024, 4, 1), label.Date("outcome_month"));
        Assert.Equal(3L, label.Long("window_snapshots"));
    }

    [Fact]
    public async Task Label_DeadlineComesNotCompleted_FallsBehindWithoutRedLight()
    {
        // R4 at Mar: lag 90/120 = 75 - 70 = 5 (green). April: D = F = 2024-04-30, planned 100, actual 90, lag 10: amber, and not overdue
        // (D is not after F), so not red; but its deadline has come and it is not completed -> fell behind in April.
        var april = (await TaskRow.StatusAsync(_db, "R4", "2024-04-01"))!;
        Assert.Equal("amber", april.Text("light"));
        Assert.False(april.Bool("overdue"));

        var label = await LabelAsync("R4", "2024-03", 3);
        Assert.True(label.Bool("fell_behind"));
        Assert.Equal(new DateOnly(2024, 4, 1), label.Date("first_behind_month"));
    }

    [Fact]
    public async Task Label_HorizonIsSettable_ShorterWindowMissesTheLaterMonth()
    {
        // R4 at Jan: Feb lag 59/120 = 49.2 - 45 = 4.2, Mar 5 (both green); the deadline comes in April, the third month.
        Assert.False((await LabelAsync("R4", "2024-01", 2)).Bool("fell_behind"));
        Assert.True((await LabelAsync("R4", "2024-01", 3)).Bool("fell_behind"));
        Assert.Equal(new DateOnly(2024, 3, 1), (await LabelAsync("R4", "2024-01", 2)).Date("outcome_month"));
    }

    [Fact]
    public async Task Label_AheadAndCompletedOnTime_DidNotFallBehind()
    {
        // R3 Feb..Apr: 35 vs 32.6, 55 vs 49.7, 70 vs 66.3 planned (ahead); completed in May, before its June deadline.
        Assert.False((await LabelAsync("R3", "2024-01", 3)).Bool("fell_behind"));
        Assert.False((await LabelAsync("R3", "2024-02", 3)).Bool("fell_behind"));
    }

    [Fact]
    public async Task Label_WindowStopsAtYearEnd_DecemberHasNoOutcome()
    {
        // R1 at Oct: Oct + 3 = Jan 2025, but the task's id ends with the 2024 ledger: the window is Nov and Dec only.
        var october = await LabelAsync("R1", "2024-10", 3);
        Assert.Equal(new DateOnly(2024, 12, 1), october.Date("outcome_month"));
        Assert.Equal(2L, october.Long("window_snapshots"));
        Assert.False(october.Bool("fell_behind"));

        var december = await LabelAsync("R1", "2024-12", 3);
        Assert.Null(december.Bool("fell_behind"));
        Assert.Equal(0L, december.Long("window_snapshots"));
    }

    [Theory]
    [InlineData("2024-03", false, "R1,R2,R3,R4")] // R5 open-ended, R6 suspended; R2 amber (lag 19.7) is in
    [InlineData("2024-04", false, "R1,R3,R4")]    // R2 red (lag 31.3) is on the negative list already
    [InlineData("2024-04", true, "R1,R2,R3,R4")]  // ... unless red tasks are asked for
    [InlineData("2024-05", false, "R1,R6")]       // R3 completed, R4 overdue (red), R6 back from suspension
    public async Task Population_OpenTasksWithDeadline_NotCompletedSuspendedOrRed(string month, bool includeRed, string expected)
    {
        var rows = await TaskRow.QueryAsync(_db, $"SELECT task_id FROM risk_examples(3, {(includeRed ? "true" : "false")}) WHERE report_month = DATE '{month}-01' ORDER BY task_id");

        Assert.Equal(expected, string.Join(",", rows.Select(r => r.Text("task_id"))));
    }

    [Fact]
    public async Task CutOff_UsesOnlySettledOutcomes_AndKeepsTestTasksOutOfTraining()
    {
        // Cut-off April. Test: the tasks open in April (R1, R3, R4). Training: rows before April whose window ended by April,
        // of other tasks: R2-Jan (window Feb..Apr) and R6-Jan (Feb..Apr). R2-Feb's window ends in May: not known yet;
        // R1, R3, R4 are open in April, so none of their earlier rows train.
        var rows = await RiskDataset.LoadAsync(_db, new RiskOptions(), null, null, CancellationToken.None);

        var (train, test) = RiskBacktest.Split(rows, new ReportMonth(2024, 4), new ReportMonth(2024, 12));

        Assert.Equal(["R1", "R3", "R4"], test.Select(r => r.TaskId).Order(StringComparer.Ordinal));
        Assert.Equal(["R2 2024-01-01", "R6 2024-01-01"], train.Select(r => $"{r.TaskId} {r.ReportMonth:yyyy-MM-dd}").Order(StringComparer.Ordinal));
        Assert.Empty(train.Select(r => r.TaskId).Intersect(test.Select(r => r.TaskId)));
    }

    private async Task<TaskRow> LabelAsync(string task, string month, int horizon)
    {
        var rows = await TaskRow.QueryAsync(_db, $"SELECT * FROM risk_labels({horizon}) WHERE task_id = '{task}' AND report_month = DATE '{month}-01'");
        return Assert.Single(rows);
    }
}
