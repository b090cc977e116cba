using DuckDB.NET.Data;
using ReformAnalytics.Ingest;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>
/// missing_months on <see cref="MetricsFixture"/>'s ledgers (overall and local_pilot, March to June 2024) with two
/// months never ingested: the overall ledger's May and the local pilot ledger's April. A one-month 2023 overall
/// ledger (November only) has nothing between its first and last month.
/// </summary>
public sealed class MissingMonthsTests
{
    private const string Gaps = """
        DELETE FROM snapshots WHERE (ledger = 'overall' AND report_month = DATE '2024-05-01') OR (ledger = 'local_pilot' AND report_month = DATE '2024-04-01');
        INSERT INTO snapshots BY NAME
        SELECT 'overall' AS ledger, 'OV2023-A' AS task_id, DATE '2023-11-01' AS report_month, DATE '2023-11-30' AS status_date,
               '1' AS seq_no, '营商环境改革' AS task_name, '县发改局' AS lead_unit, [] AS co_units, '2023年12月底前' AS deadline_text,
               DATE '2023-12-31' AS deadline, 'month' AS deadline_kind, false AS open_ended, DATE '2023-01-01' AS planned_start,
               60.0 AS progress_pct, 'on_track' AS status, '序时推进' AS status_text, 'fixture.xlsx' AS source_file, 'Sheet1' AS source_sheet, 2 AS source_row;
        """;

    public static async Task<DuckDBConnection> OpenAsync()
    {
        var connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(connection, MetricsFixture.InsertSnapshots);
        await MetricsDatabase.ExecuteAsync(connection, Gaps);
        await MetricViews.InstallAsync(connection, CancellationToken.None);
        return connection;
    }

    [Fact]
    public async Task TheView_ListsTheMonthsBetweenStoredMonths_ThatNoFileWasIngestedFor()
    {
        using var connection = await OpenAsync();

        var rows = await TaskRow.QueryAsync(connection, "SELECT * FROM missing_months ORDER BY report_month, ledger");

        Assert.Equal(
            ["local_pilot|2024|2024-04-01|2024-04-30", "overall|2024|2024-05-01|2024-05-31"],
            rows.Select(r => $"{r.Text("ledger")}|{r.Long("ledger_year")}|{r.Date("report_month"):yyyy-MM-dd}|{r.Date("status_date"):yyyy-MM-dd}"));
    }

    [Fact]
    public async Task WhatIngestSays_IsReadFromTheSameView()
    {
        using var connection = await OpenAsync();

        var gaps = await MonthGaps.FindAsync(connection, new HashSet<(Ledger, int)> { (Ledger.Overall, 2024), (Ledger.LocalPilot, 2024), (Ledger.Overall, 2023) }, CancellationToken.None);

        Assert.Equal(
            [(Ledger.Overall, 2024, 5), (Ledger.LocalPilot, 2024, 4)],
            gaps.SelectMany(g => g.Missing.Select(m => (g.Ledger, g.Year, m))));
        Assert.Equal([[3, 4, 6], [3, 5, 6]], gaps.Select(g => g.Stored));
    }

    [Fact]
    public async Task TheQuarterlyReport_SaysWhichMonthsAreMissing_AndThatTheirReturnsAreNotCounted()
    {
        using var connection = await OpenAsync();

        var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2024, 2), 10, CancellationToken.None);
        var document = QuarterlyReportBuilder.Build(figures, []);

        Assert.Equal(["2024年4月自选试点台账", "2024年5月改革任务总台账"], figures.MissingMonths.Select(m => m.Label));
        Assert.Equal("（数据截至2024年6月30日，依据2024年6月改革任务台账；2024年4月自选试点台账、2024年5月改革任务总台账未导入，该月及其下一个月的漏报情况无法统计）", document.Subtitle);
        // T6's absence in June is not a missing return any more: May, the month before, is not there to expect it.
        Assert.DoesNotContain(figures.Discipline, d => d.MissingReturns > 0);
        Assert.Equal(
            "报送纪律方面，本季度已导入的月份中，各牵头单位均按月报送了任务进展；2024年4月自选试点台账、2024年5月改革任务总台账未导入，该月及其下一个月的报送情况未计入。",
            UnitsSection.DisciplineText(figures));
        Assert.Contains("、缺月）", document.Footnote, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReformMetrics_NamesTheYearsMissingMonthsUpToTheMonthAsked_BesideTheFigures()
    {
        using var temp = new Support.TempFolder("reform-gaps");
        var db = temp.File("reform.duckdb");
        using (var connection = await MetricsDatabase.OpenAsync(db))
        {
            await MetricsDatabase.ExecuteAsync(connection, MetricsFixture.InsertSnapshots + Gaps);
        }

        async Task<(int Code, string Output, string Error)> Run(int month)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var options = new MetricsCommandOptions { DbPath = db, AsOf = new ReportMonth(2024, month), By = MetricGrouping.All, Format = MetricsFormat.Csv };
            var code = await MetricsCommandRunner.RunAsync(options, output, error, CancellationToken.None);
            // The first run also says it built the metric tables: the note is a line of its own.
            return (code, output.ToString(), string.Join('\n', error.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("缺月", StringComparison.Ordinal))));
        }

        var june = await Run(6);
        Assert.Equal(0, june.Code);
        Assert.Equal("缺月：2024年4月自选试点台账、2024年5月改革任务总台账未导入。这些月份及其下一个月的漏报无法统计，进度停滞跨过缺月计算；请补齐后导入。", june.Error);
        Assert.DoesNotContain("缺月", june.Output, StringComparison.Ordinal);

        // At the end of April only April's gap is before the month asked.
        var april = await Run(4);
        Assert.Equal("缺月：2024年4月自选试点台账未导入。这些月份及其下一个月的漏报无法统计，进度停滞跨过缺月计算；请补齐后导入。", april.Error);

        // March: nothing missing yet.
        Assert.Equal(string.Empty, (await Run(3)).Error);
    }

    [Fact]
    public async Task WithNoMonthMissing_TheReportSaysNothingOfIt()
    {
        var connection = await MetricsDatabase.OpenAsync();
        await using (connection)
        {
            await MetricsDatabase.ExecuteAsync(connection, MetricsFixture.InsertSnapshots);
            await MetricViews.InstallAsync(connection, CancellationToken.None);

            var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2024, 2), 10, CancellationToken.None);

            Assert.Empty(figures.MissingMonths);
            Assert.Equal("（数据截至2024年6月30日，依据2024年6月改革任务台账）", QuarterlyReportBuilder.Subtitle(figures));
            Assert.DoesNotContain("missing_months", QuarterlyReportBuilder.Footnote(figures), StringComparison.Ordinal);
        }
    }
}
