using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using ReformAnalytics.Metrics;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// SV(t) and SPI(t) stop at the completion: on a completed row the actual time AT is the status date of the month the
/// completion began (completed_month's last day), not the row's own D, so the figures do not fall month after month
/// once a task is done. Overall ledger, 2024, report months March to December. S = 2024-01-01 unless said; status dates
/// in days after S (2024 is a leap year): 31 Mar = 90, 30 Apr = 120, 31 May = 151, 30 Jun = 181, 31 Jul = 212,
/// 31 Aug = 243, 30 Sep = 273, 31 Dec = 365. Deadlines: 30 Jun = 181, 30 Sep = 273, 31 Oct = 304, 31 Dec = 365.
///   E  due 30 Jun, completed in March, reported completed to December (completed early).
///   L  due 30 Jun, 50% behind March to August, completed from September (completed late).
///   C  due 31 Oct, 40% March, 70% April, completed in May, then left out of the ledger (销号: carried June to December).
///   M  milestones 30 Apr and 31 Oct: 30 / 50 / 60 / 70% March to June, completed from July.
///   W  due 31 Dec: 40% March, completed April and May, 90% June, 95% July (the completion taken back), completed from August.
///   Z  S = 31 Mar (a start the ledger gave), due 30 Sep (window 183 days), completed in March: AT - S = 0.
///   O  open-ended (长期坚持), 50% March, completed from April.
///   K  filler, 50% every month (keeps every month of the ledger stored).
/// </summary>
public sealed class CompletedScheduleTests : IAsyncLifetime
{
    private const double Tolerance = 1e-9;

    private DuckDBConnection _connection = null!;

    public async Task InitializeAsync()
    {
        _connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(_connection, Insert());
        await MetricViews.InstallAsync(_connection, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        _connection.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    [InlineData(12)]
    public async Task CompletedEarly_SvAndSpiStayAtTheCompletionMonth(int month)
    {
        // E: ES = F = 181 days (100%); AT = 31 March = 90. SV(t) = 181 - 90 = +91 days (early), SPI(t) = 181 / 90,
        // in every month from March on. (Measured at D, December would say 181 - 365 = -184.)
        var row = (await Status("E", month))!;
        Assert.Equal(181.0, row.Double("es_days")!.Value, Tolerance);
        Assert.Equal(91.0, row.Double("sv_t_days")!.Value, Tolerance);
        Assert.Equal(181.0 / 90, row.Double("spi_t")!.Value, Tolerance);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(12)]
    public async Task CompletedLate_SvIsFixedNegativeFromTheCompletionMonth(int month)
    {
        // L: completed in September, AT = 30 September = 273: SV(t) = 181 - 273 = -92 days, SPI(t) = 181 / 273.
        var row = (await Status("L", month))!;
        Assert.Equal(-92.0, row.Double("sv_t_days")!.Value, Tolerance);
        Assert.Equal(181.0 / 273, row.Double("spi_t")!.Value, Tolerance);
    }

    [Fact]
    public async Task OpenRows_StillMoveWithTheStatusDate()
    {
        // L in August, 50% and overdue: ES = 0.5 x 181 = 90.5 days, AT = D = 243: SV(t) = -152.5, SPI(t) = 90.5 / 243.
        var august = (await Status("L", 8))!;
        Assert.False(august.Bool("completed"));
        Assert.Equal(-152.5, august.Double("sv_t_days")!.Value, Tolerance);
        Assert.Equal(90.5 / 243, august.Double("spi_t")!.Value, Tolerance);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(12, true)]
    public async Task CompletedThenClosedOut_CarriedRowsKeepTheCompletionFigures(int month, bool carried)
    {
        // C: completed in May (AT = 151), due 31 Oct (304): SV(t) = 304 - 151 = +153, SPI(t) = 304 / 151, the same on
        // the carried rows of June to December (December at D would say 304 - 365 = -61).
        var row = (await Status("C", month))!;
        Assert.Equal(carried, row.Bool("carried"));
        Assert.Equal(new DateOnly(2024, 5, 1), row.Date("completed_month"));
        Assert.Equal(153.0, row.Double("sv_t_days")!.Value, Tolerance);
        Assert.Equal(304.0 / 151, row.Double("spi_t")!.Value, Tolerance);
    }

    [Fact]
    public async Task MilestonePlan_CompletedReadsTheWholePlanAndStopsAtCompletion()
    {
        // M, k = 2 steps ending 30 Apr (120) and 31 Oct (304). June, 70% open: q = 1.4, step 1:
        // ES = 120 + 0.4 x 184 = 193.6, SV(t) = 193.6 - 181 = 12.6 (at D).
        var june = (await Status("M", 6))!;
        Assert.Equal(12.6, june.Double("sv_t_days")!.Value, Tolerance);

        // Completed in July: q = 2, step 1: ES = 120 + 1 x 184 = 304 = F; AT = 31 July = 212:
        // SV(t) = 304 - 212 = +92, SPI(t) = 304 / 212 in July and in December alike.
        foreach (var month in new[] { 7, 12 })
        {
            var row = (await Status("M", month))!;
            Assert.Equal(304.0, row.Double("es_days")!.Value, Tolerance);
            Assert.Equal(92.0, row.Double("sv_t_days")!.Value, Tolerance);
            Assert.Equal(304.0 / 212, row.Double("spi_t")!.Value, Tolerance);
        }
    }

    [Theory]
    [InlineData(4, true, 245.0, 365.0 / 120)] // completed in April: AT = 120, SV(t) = 365 - 120
    [InlineData(5, true, 245.0, 365.0 / 120)] // the April run goes on: still AT = 120 (at D: 365 - 151 = 214)
    [InlineData(6, false, 147.5, 328.5 / 181)] // taken back, 90%: ES = 328.5, AT = D = 181
    [InlineData(7, false, 134.75, 346.75 / 212)] // 95%: ES = 346.75, AT = D = 212
    [InlineData(8, false, 122.0, 365.0 / 243)] // completed again in August: AT = 243, SV(t) = 365 - 243
    [InlineData(12, false, 122.0, 365.0 / 243)] // still August's figures (at D: 365 - 365 = 0)
    public async Task CompletionTakenBack_EachRunOfCompletionHasItsOwnStopAndOpenRowsMoveAgain(int month, bool withdrawn, double sv, double spi)
    {
        var row = (await Status("W", month))!;
        Assert.Equal(withdrawn, row.Bool("completion_withdrawn"));
        Assert.Equal(sv, row.Double("sv_t_days")!.Value, Tolerance);
        Assert.Equal(spi, row.Double("spi_t")!.Value, Tolerance);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(6)]
    public async Task CompletedInTheMonthItStarted_HasNoSpiAndSvIsTheWholeWindow(int month)
    {
        // Z: S = 31 March, F = 30 September: ES = 183 days. Completed in March: AT - S = 0, so SPI(t) is NULL in every
        // month (at D, June would say 183 / 91), and SV(t) = 183 - 0 = 183 (June at D: 183 - 91 = 92).
        var row = (await Status("Z", month))!;
        Assert.Equal(183.0, row.Double("sv_t_days")!.Value, Tolerance);
        Assert.Null(row.Double("spi_t"));
    }

    [Fact]
    public async Task OpenEndedCompleted_HasNoEarnedSchedule()
    {
        var row = (await Status("O", 12))!;
        Assert.True(row.Bool("completed"));
        Assert.Null(row.Double("es_days"));
        Assert.Null(row.Double("sv_t_days"));
        Assert.Null(row.Double("spi_t"));
    }

    [Fact]
    public async Task NoCompletedTask_ChangesItsSvAfterItsCompletion()
    {
        var changed = await MetricsDatabase.ScalarAsync(_connection, """
            SELECT count(*) FROM (
                SELECT task_id, completed_month FROM task_status
                WHERE completed AND sv_t_days IS NOT NULL
                GROUP BY ALL HAVING count(DISTINCT sv_t_days) > 1)
            """);
        Assert.Equal(0L, changed);
    }

    private Task<TaskRow?> Status(string task, int month) =>
        TaskRow.StatusAsync(_connection, task, string.Create(CultureInfo.InvariantCulture, $"2024-{month:00}-01"));

    private static string Insert()
    {
        var rows = new List<string>();
        void Add(string task, int month, double? progress, string status) =>
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"('{task}', DATE '2024-{month:00}-01', {(progress is { } p ? p.ToString(CultureInfo.InvariantCulture) : "NULL")}, '{status}')"));
        void Done(string task, int month) => Add(task, month, 100, "completed");

        for (var m = 3; m <= 12; m++)
        {
            Add("K", m, 50, "on_track");
            Done("E", m);
            if (m < 9)
            {
                Add("L", m, 50, "behind");
            }
            else
            {
                Done("L", m);
            }

            if (m <= 5)
            {
                Add("C", m, m switch { 3 => 40, 4 => 70, _ => 100 }, m == 5 ? "completed" : "on_track");
            }

            if (m <= 6)
            {
                Add("M", m, m switch { 3 => 30, 4 => 50, 5 => 60, _ => 70 }, "on_track");
            }
            else
            {
                Done("M", m);
            }

            switch (m)
            {
                case 3: Add("W", m, 40, "on_track"); break;
                case 6: Add("W", m, 90, "on_track"); break;
                case 7: Add("W", m, 95, "on_track"); break;
                default: Done("W", m); break;
            }

            Done("Z", m);
            if (m == 3)
            {
                Add("O", m, 50, "on_track");
            }
            else
            {
                Done("O", m);
            }
        }

        return new StringBuilder("""
            INSERT INTO snapshots BY NAME
            SELECT 'overall' AS ledger, task_id, r.report_month, last_day(r.report_month) AS status_date, task_id AS task_name,
                   '县发改局' AS lead_unit, [] AS co_units, t.deadline_text, t.deadline::DATE AS deadline, t.deadline_kind,
                   t.open_ended, t.planned_start::DATE AS planned_start, t.milestone_dates::DATE[] AS milestone_dates, [] AS milestones,
                   r.progress_pct::DOUBLE AS progress_pct, r.status, r.status AS status_text,
                   'f.csv' AS source_file, '' AS source_sheet, 1 AS source_row
            FROM (VALUES
                ('E', '6月底前', '2024-06-30', 'month', false, '2024-01-01', NULL),
                ('L', '6月底前', '2024-06-30', 'month', false, '2024-01-01', NULL),
                ('C', '10月底前', '2024-10-31', 'month', false, '2024-01-01', NULL),
                ('M', '4月底前出台方案；10月底前全面推开', '2024-10-31', 'milestones', false, '2024-01-01', ['2024-04-30', '2024-10-31']),
                ('W', '年底前', '2024-12-31', 'month', false, '2024-01-01', NULL),
                ('Z', '9月底前', '2024-09-30', 'month', false, '2024-03-31', NULL),
                ('O', '长期坚持', NULL, 'open_ended', true, '2024-01-01', NULL),
                ('K', '年底前', '2024-12-31', 'month', false, '2024-01-01', NULL)
            ) t(task_id, deadline_text, deadline, deadline_kind, open_ended, planned_start, milestone_dates)
            JOIN (VALUES
            """).AppendJoin(",\n", rows).Append(") r(task_id, report_month, progress_pct, status) USING (task_id);").ToString();
    }
}
