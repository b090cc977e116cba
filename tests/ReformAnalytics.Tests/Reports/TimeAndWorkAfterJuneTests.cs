using DuckDB.NET.Data;
using ReformAnalytics.Metrics;
using ReformAnalytics.Reports;
using ReformAnalytics.Tests.Metrics;

namespace ReformAnalytics.Tests.Reports;

/// <summary>
/// Section four of a third-quarter report: 双过半 was assessed in June, so September's report compares the two shares
/// without a verdict of its own and says what June's assessment found. Fixture: 2024, June and September, two tasks
/// due 31 December (F − S = 365 days), 县发改局:
///   A 30 (June) -> 70 (September);   B 60 -> 80
/// June (S + 181): planned 181/365 = 49.6 each; work (30 + 60) / 2 = 45 -> 4.6 points slower, 双过半 not reached.
/// September (S + 273): planned 273/365 = 74.8 each, year gone 74.8%; work (70 + 80) / 2 = 75 -> 0.2 points faster.
/// </summary>
public sealed class TimeAndWorkAfterJuneTests
{
    private const string Insert = """
        INSERT INTO snapshots BY NAME
        SELECT 'overall' AS ledger, t.task_id, t.report_month::DATE AS report_month, last_day(t.report_month::DATE) AS status_date,
               t.task_id AS seq_no, '任务' || t.task_id AS task_name, '经济体制改革专项小组' AS special_group, '县发改局' AS lead_unit,
               [] AS co_units, '年底前' AS deadline_text, DATE '2024-12-31' AS deadline, 'year' AS deadline_kind,
               false AS open_ended, DATE '2024-01-01' AS planned_start, [] AS milestone_dates, [] AS milestones,
               t.progress_pct, 'on_track' AS status, 'f.csv' AS source_file, '' AS source_sheet, 1 AS source_row
        FROM (VALUES
            ('A', '2024-06-01', 30.0), ('A', '2024-09-01', 70.0),
            ('B', '2024-06-01', 60.0), ('B', '2024-09-01', 80.0)
        ) t(task_id, report_month, progress_pct);
        """;

    [Fact]
    public async Task ThirdQuarter_ComparesTheShares_AndSaysWhatJunesAssessmentFound()
    {
        using var connection = await OpenAsync();
        var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2024, 3), 10, CancellationToken.None);

        var document = QuarterlyReportBuilder.Build(figures, []);

        Assert.DoesNotContain(ReportHeadings.DoubleHalf, document.Sections.Select(s => s.Heading));
        Assert.Equal(
            "截至2024年9月30日，全年时间已过74.8%（按日历计），全部任务平均工作进度75%；按各项任务自身的完成时限测算，此时应完成74.8%，"
            + "工作进度快于时间进度0.2个百分点。6月底评估“双过半”时，工作进度45%，时间进度49.6%，未实现“双过半”。",
            ReportNumbers.Paragraphs(document, ReportHeadings.TimeAndWork)[0]);
    }

    [Fact]
    public async Task SecondQuarter_IsTheAssessmentItself()
    {
        using var connection = await OpenAsync();
        var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2024, 2), 10, CancellationToken.None);

        var document = QuarterlyReportBuilder.Build(figures, []);

        Assert.Null(figures.MidYear);
        Assert.StartsWith(
            "截至2024年6月30日，全年时间已过49.6%（按日历计），全部任务平均工作进度45%，未过半。按各项任务自身的完成时限测算，此时应完成49.6%（即“双过半”所比的时间进度），"
            + "工作进度慢于时间进度4.6个百分点，按此口径未实现“双过半”。",
            ReportNumbers.Paragraphs(document, ReportHeadings.DoubleHalf)[0],
            StringComparison.Ordinal);
    }

    private static async Task<DuckDBConnection> OpenAsync()
    {
        var connection = await MetricsDatabase.OpenAsync();
        await MetricsDatabase.ExecuteAsync(connection, Insert);
        await MetricViews.InstallAsync(connection, CancellationToken.None);
        return connection;
    }
}
