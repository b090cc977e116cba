namespace ReformAnalytics.Tests.Metrics;

/// <summary>task_status, task by task, against figures worked out by hand from <see cref="MetricsFixture"/>.</summary>
public sealed class TaskStatusTests(MetricsFixture fixture) : IClassFixture<MetricsFixture>
{
    private const double Tolerance = 1e-9;

    private Task<TaskRow?> Status(string task, string month) => TaskRow.StatusAsync(fixture.Connection, task, month);

    [Fact]
    public async Task PlannedShare_LinearWindow_IsShareOfWindowGoneAtStatusDate()
    {
        // T1: S = 0, F = 200. April: D = 120 -> 120 / 200 = 60 %. June: D = 181 -> 181 / 200 = 90.5 %.
        Assert.Equal(60.0, (await Status("T1", "2024-04-01"))!.Double("planned_pct")!.Value, Tolerance);
        Assert.Equal(90.5, (await Status("T1", "2024-06-01"))!.Double("planned_pct")!.Value, Tolerance);
    }

    [Fact]
    public async Task PlannedShare_PastDeadline_IsCappedAtHundred()
    {
        // T2: F = 141, May D = 151 > F: 151 / 141 > 1, capped at 100 %.
        Assert.Equal(100.0, (await Status("T2", "2024-05-01"))!.Double("planned_pct")!.Value, Tolerance);
    }

    [Fact]
    public async Task PlannedShare_Milestones_StepsLinearlyWithinEachMilestone()
    {
        var march = (await Status("T7", "2024-03-01"))!;
        var april = (await Status("T7", "2024-04-01"))!;
        var june = (await Status("T7", "2024-06-01"))!;

        // T7: two milestones (k = 2) at 120 and 300 days; each is half the work.
        // March D = 90: first step, 90 / 120 of it gone -> 100 * (0 + 0.75) / 2 = 37.5 %.
        Assert.Equal(37.5, march.Double("planned_pct")!.Value, Tolerance);
        Assert.Equal("milestones", march.Text("deadline_kind"));

        // April D = 120: first milestone reached, nothing of the second step gone -> 100 * (1 + 0) / 2 = 50 %.
        Assert.Equal(50.0, april.Double("planned_pct")!.Value, Tolerance);

        // June D = 181: (181 - 120) / (300 - 120) = 61 / 180 of the second step -> 100 * (1 + 61/180) / 2 = 1205 / 18 = 66.944 %.
        // (A straight line from S to F would give 181 / 300 = 60.33 %.)
        Assert.Equal(1205.0 / 18, june.Double("planned_pct")!.Value, Tolerance);
    }

    [Fact]
    public async Task Lag_IsPlannedMinusActualInPercentagePoints()
    {
        // T1 June: 90.5 - 70 = 20.5 pp. T7 June: 1205/18 - 50 = 305/18 = 16.944 pp.
        Assert.Equal(20.5, (await Status("T1", "2024-06-01"))!.Double("lag_pp")!.Value, Tolerance);
        Assert.Equal(305.0 / 18, (await Status("T7", "2024-06-01"))!.Double("lag_pp")!.Value, Tolerance);
    }

    [Fact]
    public async Task EarnedSchedule_LinearPlan_ReadsPlanBackwards()
    {
        var june = (await Status("T1", "2024-06-01"))!;

        // T1 June: actual 70 % of a 200-day window was planned at 0.7 * 200 = 140 days after S = 2024-05-20.
        Assert.Equal(140.0, june.Double("es_days")!.Value, Tolerance);
        Assert.Equal(new DateOnly(2024, 5, 20), june.Date("es_date"));

        // SV(t) = ES - D = 140 - 181 = -41 days; SPI(t) = (ES - S) / (D - S) = 140 / 181.
        Assert.Equal(-41.0, june.Double("sv_t_days")!.Value, Tolerance);
        Assert.Equal(140.0 / 181, june.Double("spi_t")!.Value, Tolerance);
    }

    [Fact]
    public async Task EarnedSchedule_MilestonePlan_ReadsTheStepTheActualFallsIn()
    {
        var march = (await Status("T7", "2024-03-01"))!;
        var june = (await Status("T7", "2024-06-01"))!;

        // March: actual 20 % = 0.4 of the first step (k * 0.2 = 0.4) -> 0.4 * 120 = 48 days -> 2024-02-18.
        Assert.Equal(48.0, march.Double("es_days")!.Value, Tolerance);
        Assert.Equal(new DateOnly(2024, 2, 18), march.Date("es_date"));

        // June: actual 50 % = exactly the first milestone (k * 0.5 = 1.0) -> 120 days -> 2024-04-30.
        // SV(t) = 120 - 181 = -61; SPI(t) = 120 / 181.
        Assert.Equal(new DateOnly(2024, 4, 30), june.Date("es_date"));
        Assert.Equal(-61.0, june.Double("sv_t_days")!.Value, Tolerance);
        Assert.Equal(120.0 / 181, june.Double("spi_t")!.Value, Tolerance);
    }

    [Fact]
    public async Task EarnedSchedule_FractionalDays_FloorsTheDateButKeepsTheFraction()
    {
        var may = (await Status("T2", "2024-05-01"))!;

        // T2 May: 0.8 * 141 = 112.8 days -> es_date = S + 112 = 2024-04-22; SV(t) = 112.8 - 151 = -38.2;
        // SPI(t) = 112.8 / 151.
        Assert.Equal(new DateOnly(2024, 4, 22), may.Date("es_date"));
        Assert.Equal(-38.2, may.Double("sv_t_days")!.Value, 1e-9);
        Assert.Equal(112.8 / 151, may.Double("spi_t")!.Value, Tolerance);
    }

    [Theory]
    [InlineData("T8", "2024-04-01", 80.0, 200.0 / 120)] // completed in April: ES = F = 200, AT = 30 April = 120
    [InlineData("T8", "2024-06-01", 80.0, 200.0 / 120)] // still April's (at D: 200 - 181 = 19)
    [InlineData("T2", "2024-06-01", -40.0, 141.0 / 181)] // completed in June, after its deadline: 141 - 181
    public async Task EarnedSchedule_Completed_IsMeasuredAtTheMonthOfCompletion(string task, string month, double sv, double spi)
    {
        var row = (await Status(task, month))!;
        Assert.Equal(sv, row.Double("sv_t_days")!.Value, Tolerance);
        Assert.Equal(spi, row.Double("spi_t")!.Value, Tolerance);
    }

    [Fact]
    public async Task Overdue_PastDeadlineAndNotCompleted_CountsDaysFromDeadlineAndIsRed()
    {
        var may = (await Status("T2", "2024-05-01"))!;
        var april = (await Status("T2", "2024-04-01"))!;

        // May: D = 151 > F = 141, not completed -> overdue by 151 - 141 = 10 days, light red for that reason.
        Assert.True(may.Bool("overdue"));
        Assert.Equal(10L, may.Long("days_overdue"));
        Assert.Equal("red", may.Text("light"));
        Assert.Equal("overdue", may.Text("light_reason"));

        // April: D = 120 < 141 -> not overdue, no days.
        Assert.False(april.Bool("overdue"));
        Assert.Null(april.Long("days_overdue"));
    }

    [Fact]
    public async Task DeadlineOnStatusDate_IsFullyDueButNotOverdue()
    {
        var june = (await Status("T3", "2024-06-01"))!;

        // T3: F = D = 2024-06-30 (181). Planned 181 / 181 = 100 %, D > F is false -> not overdue.
        Assert.Equal(100.0, june.Double("planned_pct")!.Value, Tolerance);
        Assert.False(june.Bool("overdue"));
        Assert.Null(june.Long("days_overdue"));

        // lag = 100 - 95 = 5 pp (green); ES = 0.95 * 181 = 171.95 days -> 2024-06-20; SPI(t) = 171.95 / 181 = 0.95.
        Assert.Equal(5.0, june.Double("lag_pp")!.Value, Tolerance);
        Assert.Equal("green", june.Text("light"));
        Assert.Equal(new DateOnly(2024, 6, 20), june.Date("es_date"));
        Assert.Equal(0.95, june.Double("spi_t")!.Value, Tolerance);
    }

    [Fact]
    public async Task CompletedAfterDeadline_IsNotOnTimeAndNoLongerOverdue()
    {
        var june = (await Status("T2", "2024-06-01"))!;

        // T2: due 2024-05-21, first reported completed in June -> June > May -> not on time; completed -> not overdue, green.
        Assert.True(june.Bool("completed"));
        Assert.Equal(new DateOnly(2024, 6, 1), june.Date("completed_month"));
        Assert.False(june.Bool("completed_on_time"));
        Assert.False(june.Bool("overdue"));
        Assert.Equal("green", june.Text("light"));
    }

    [Fact]
    public async Task CompletedBeforeDeadline_IsOnTimeFromTheFirstCompletedMonth()
    {
        var april = (await Status("T8", "2024-04-01"))!;
        var june = (await Status("T8", "2024-06-01"))!;

        // T8: completed in April with no figure -> actual 100 derived from the status; April <= July -> on time.
        Assert.Equal(100.0, april.Double("actual_pct")!.Value, Tolerance);
        Assert.True(april.Bool("actual_derived"));
        Assert.True(april.Bool("completed_on_time"));

        // June still carries the first completed month (April).
        Assert.Equal(new DateOnly(2024, 4, 1), june.Date("completed_month"));
        Assert.True(june.Bool("completed_on_time"));
        Assert.False(june.Bool("actual_derived"));
    }

    [Fact]
    public async Task NotCompleted_HasNoCompletedMonth()
    {
        var may = (await Status("T2", "2024-05-01"))!;
        Assert.False(may.Bool("completed"));
        Assert.Null(may.Date("completed_month"));
        Assert.Null(may.Bool("completed_on_time"));
    }

    [Theory]
    [InlineData("2024-03-01", 0, false)]
    [InlineData("2024-04-01", 1, false)]
    [InlineData("2024-05-01", 2, true)]
    [InlineData("2024-06-01", 3, true)]
    public async Task StalledMonths_CountsEarlierSnapshotsWithTheSameProgress(string month, long expectedMonths, bool expectedStalled)
    {
        // T5 reports 30 % every month: March is the first (0 earlier equal), April 1, May 2, June 3.
        // Stalled from stalled_min_months = 2 on.
        var row = (await Status("T5", month))!;
        Assert.Equal(expectedMonths, row.Long("stalled_months"));
        Assert.Equal(expectedStalled, row.Bool("stalled"));
    }

    [Fact]
    public async Task StalledMonths_MovingOrCompletedOrUnknownProgress_IsZero()
    {
        // T1 moves every month; T8 is completed (100 -> 100 is not a stall); T4 has no figure at all.
        Assert.Equal(0L, (await Status("T1", "2024-06-01"))!.Long("stalled_months"));
        Assert.Equal(0L, (await Status("T8", "2024-06-01"))!.Long("stalled_months"));
        Assert.Equal(0L, (await Status("T4", "2024-06-01"))!.Long("stalled_months"));
    }

    [Fact]
    public async Task OpenEnded_HasNoPlanNoLagAndIsNeverOverdue()
    {
        var june = (await Status("T4", "2024-06-01"))!;

        Assert.False(june.Bool("has_deadline"));
        Assert.Null(june.Double("planned_pct"));
        Assert.Null(june.Double("lag_pp"));
        Assert.Null(june.Date("es_date"));
        Assert.False(june.Bool("overdue"));
        Assert.False(june.Bool("behind"));
        Assert.Equal("green", june.Text("light"));
        Assert.Equal("no_deadline", june.Text("light_reason"));
    }

    [Fact]
    public async Task MissingProgress_NotStarted_CountsAsZeroAndSaysSo()
    {
        var march = (await Status("T6", "2024-03-01"))!;

        // T6 March: no figure, status not_started -> actual 0 (derived); planned 90 / 200 = 45 % -> lag 45 pp -> red.
        Assert.Equal(0.0, march.Double("actual_pct")!.Value, Tolerance);
        Assert.True(march.Bool("actual_derived"));
        Assert.Equal(45.0, march.Double("lag_pp")!.Value, Tolerance);
        Assert.Equal("red", march.Text("light"));
    }

    [Fact]
    public async Task MissingProgress_OtherStatus_IsUnknownAndAmber()
    {
        var april = (await Status("T6", "2024-04-01"))!;

        // T6 April: no figure, status on_track -> actual unknown; the plan still says 60 %, lag cannot be told.
        Assert.Null(april.Double("actual_pct"));
        Assert.False(april.Bool("actual_derived"));
        Assert.Equal(60.0, april.Double("planned_pct")!.Value, Tolerance);
        Assert.Null(april.Double("lag_pp"));
        Assert.Null(april.Date("es_date"));
        Assert.Equal("amber", april.Text("light"));
        Assert.Equal("no_progress", april.Text("light_reason"));
    }

    [Theory]
    [InlineData("T1", "2024-04-01", "amber", "lag")] // 60 - 50 = 10 pp: at the amber threshold
    [InlineData("T2", "2024-04-01", "red", "lag")] // 100 * 120 / 141 - 60 = 25.11 pp: over the red threshold
    [InlineData("T3", "2024-03-01", "green", "on_plan")] // 100 * 90 / 181 - 50 = -0.28 pp
    [InlineData("T5", "2024-05-01", "amber", "lag")] // 100 * 151 / 300 - 30 = 20.33 pp (and stalled)
    [InlineData("T5", "2024-06-01", "red", "lag")] // 100 * 181 / 300 - 30 = 30.33 pp
    [InlineData("T1", "2024-03-01", "green", "on_plan")] // 45 - 40 = 5 pp
    public async Task Light_FollowsTheThresholdsInMetricSettings(string task, string month, string light, string reason)
    {
        var row = (await Status(task, month))!;
        Assert.Equal(light, row.Text("light"));
        Assert.Equal(reason, row.Text("light_reason"));
    }

    [Theory]
    [InlineData("T5", "2024-06-01", true)] // on_track, red by lag
    [InlineData("T2", "2024-04-01", true)] // on_track, red by lag 25.11
    [InlineData("T1", "2024-06-01", false)] // on_track, amber only
    [InlineData("T2", "2024-05-01", false)] // red (overdue) but reported behind: words and figures agree
    public async Task StatusDisagrees_ReportedOnTrackWhileRed(string task, string month, bool expected)
    {
        Assert.Equal(expected, (await Status(task, month))!.Bool("status_disagrees"));
    }

    [Fact]
    public async Task RemovedTask_HasNoRowAfterItDisappears_AndItsLastRowSaysTheReturnIsMissing()
    {
        Assert.Null(await Status("T6", "2024-06-01"));
        var may = (await Status("T6", "2024-05-01"))!;
        Assert.False(may.Bool("next_month_returned"));
        Assert.True((await Status("T5", "2024-05-01"))!.Bool("next_month_returned"));

        // The last month in the database: whether the next return comes in cannot be told yet.
        Assert.Null((await Status("T5", "2024-06-01"))!.Bool("next_month_returned"));
    }

    [Fact]
    public async Task StoredTable_EqualsTheLiveDefinition()
    {
        var difference = await MetricsDatabase.ScalarAsync(
            fixture.Connection,
            "SELECT count(*) FROM (SELECT * FROM task_status EXCEPT ALL SELECT * FROM task_status_live)");
        var rows = await MetricsDatabase.ScalarAsync(fixture.Connection, "SELECT count(*) FROM task_status");

        Assert.Equal(0L, difference);
        Assert.Equal(31L, rows); // 8 tasks x 4 months, less T6 in June
    }
}
