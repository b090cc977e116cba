using System.Globalization;
using System.Text;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Normalising;
using ReformAnalytics.Reading;
using ReformAnalytics.Tests.Ingest;

namespace ReformAnalytics.Tests.Normalising;

/// <summary>
/// A start-date column (开始时间): the planned window starts where the ledger says (domain.md: "from the task's start, the
/// ledger year's first day unless the ledger says otherwise"). Before, the column was read and thrown away, so a task
/// that starts in April was planned from 1 January and shown lagging from the day it began.
/// </summary>
public sealed class StartDateTests
{
    private static readonly ReportMonth June2024 = new(2024, 6);

    [Theory]
    [InlineData("2024年3月", "2024-03-01")]
    [InlineData("2024.3.15", "2024-03-15")]
    [InlineData("2024/4/1", "2024-04-01")]
    [InlineData("3月", "2024-03-01")]              // the ledger's year
    [InlineData("三季度", "2024-07-01")]
    [InlineData("2023年", "2023-01-01")]           // a task begun the year before
    [InlineData("2024年3月-6月", "2024-03-01")]    // the earliest day named
    [InlineData("2024年5月起", "2024-05-01")]
    [InlineData("下半年", "2024-07-01")]          // the second half starts on 1 July
    [InlineData("2024年下半年启动", "2024-07-01")]
    public void Parse_Text_GivesTheFirstDayOfTheEarliestPeriod(string text, string expected)
    {
        var parsed = StartDateParser.Parse(text, 2024);

        Assert.Null(parsed.Error);
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), parsed.Start);
    }

    [Fact]
    public void Parse_DateAndSerialCells_GiveTheirDay()
    {
        // 45383 days after 1899-12-30: 45292 is 2024-01-01, and 91 more (31 + 29 + 31) is 1 April.
        Assert.Equal(new DateOnly(2024, 4, 1), StartDateParser.Parse(new CellValue("45383", 45383), 2024).Start);
        Assert.Equal(new DateOnly(2024, 3, 5), StartDateParser.Parse(new CellValue("2024年3月", Date: new DateOnly(2024, 3, 5)), 2024).Start);
        Assert.Equal(new DateOnly(2024, 3, 1), StartDateParser.Parse(new CellValue("2024.3", 2024.3), 2024).Start);
        // Number cells formatted 0.00 read as they show: 2024.10 is October (1 October), 2024.60 (2024.6) June (1 June).
        Assert.Equal(new DateOnly(2024, 10, 1), StartDateParser.Parse(new CellValue("2024.10", 2024.1), 2024).Start);
        Assert.Equal(new DateOnly(2024, 6, 1), StartDateParser.Parse(new CellValue("2024.60", 2024.6), 2024).Start);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("—")]
    [InlineData("无")]
    public void Parse_EmptyOrPlaceholder_IsNoStartAndNoError(string text)
    {
        Assert.Equal(StartDateParse.None, StartDateParser.Parse(text, 2024));
    }

    [Fact]
    public void Parse_TextWithoutADate_IsAnError()
    {
        Assert.Equal("无法识别开始时间“已启动”：没有找到日期", StartDateParser.Parse("已启动", 2024).Error);
    }

    [Fact]
    public void Normalise_StartBeforeTheDeadline_StartsThePlannedWindow()
    {
        var s = Normalise("2024年4月", "2024年12月底前", out var issues);

        Assert.Empty(issues);
        Assert.Equal(new DateOnly(2024, 4, 1), s.PlannedStart);
        Assert.Equal(new DateOnly(2024, 12, 31), s.Deadline);
    }

    [Fact]
    public void Normalise_StartColumnEmpty_KeepsWhatTheDeadlineCellSays()
    {
        Assert.Equal(new DateOnly(2024, 1, 1), Normalise(null, "2024年12月底前", out _).PlannedStart);
        Assert.Equal(new DateOnly(2024, 7, 1), Normalise(null, "7、8月", out _).PlannedStart);
    }

    [Fact]
    public void Normalise_StartNotBeforeTheDeadline_IsWarnedOfAndNotUsed()
    {
        var s = Normalise("2024年9月", "7、8月", out var issues);

        Assert.Equal(new DateOnly(2024, 7, 1), s.PlannedStart);
        var issue = Assert.Single(issues);
        Assert.Equal(("开始时间", "2024年9月", IssueSeverity.Warning), (issue.Column, issue.Value, issue.Severity));
        Assert.Equal("开始时间（2024年9月1日）不早于完成时限（2024年8月31日），计划起始日仍按2024年7月1日计；请核实", issue.Message);
    }

    [Fact]
    public void Normalise_UnreadableStart_IsWarnedOfAndTheYearStartKept()
    {
        var s = Normalise("已启动", "2024年12月底前", out var issues);

        Assert.Equal(new DateOnly(2024, 1, 1), s.PlannedStart);
        var issue = Assert.Single(issues);
        Assert.Equal(5, issue.Row);
        Assert.Equal("无法识别开始时间“已启动”：没有找到日期。计划起始日仍按2024年1月1日计；请填写日期（如“2024年3月”）后重新报送", issue.Message);
    }

    [Fact]
    public async Task Ingest_AStartColumn_MovesPlannedProgressLagAndEarnedSchedule()
    {
        // June 2024 (D = 2024-06-30), each task due 2024-12-31 (F) and reported at 30%:
        //   A starts 2024-04-01: window F - S = 274 days, D - S = 90 -> planned 9000/274 = 32.85%, lag 2.85 pp;
        //     ES = 0.3 x 274 = 82.2 days -> 2024-06-22, SV(t) = 82.2 - 90 = -7.8 days.
        //   B has no start: S = 2024-01-01, window 365, D - S = 181 -> planned 18100/365 = 49.59%, lag 19.59 pp.
        //   C's start (已启动) is unreadable: as B, with a warning.
        using var f = new IngestFixture();
        File.WriteAllText(
            Path.Combine(f.Input, "2024年6月改革任务总台账.csv"),
            "序号,改革任务,牵头单位,开始时间,完成时限,完成进度\n1,推进A改革,县发改局,2024年4月,2024年12月底前,30%\n2,推进B改革,县财政局,,2024年12月底前,30%\n3,推进C改革,县人社局,已启动,2024年12月底前,30%\n",
            new UTF8Encoding(false));

        var summary = await f.IngestAsync();
        await using (var connection = await MetricDatabase.OpenAsync(f.Db, TextWriter.Null, CancellationToken.None))
        {
            Assert.NotNull(connection);
        }

        Assert.False(summary.Refused);
        Assert.Equal(("开始时间", "已启动"), (Assert.Single(summary.Issues).Column, summary.Issues[0].Value));
        var rows = await f.QueryAsync("SELECT task_name, planned_start, planned_pct, lag_pp, es_date, sv_t_days FROM task_status ORDER BY task_name");
        Assert.Equal(["推进A改革", new DateOnly(2024, 4, 1)], rows[0][..2]);
        Assert.Equal(9000.0 / 274, (double)rows[0][2]!, 9);
        Assert.Equal((9000.0 / 274) - 30, (double)rows[0][3]!, 9);
        Assert.Equal(new DateOnly(2024, 6, 22), rows[0][4]);
        Assert.Equal(-7.8, (double)rows[0][5]!, 9);
        foreach (var row in rows.Skip(1))
        {
            Assert.Equal(new DateOnly(2024, 1, 1), row[1]);
            Assert.Equal(18100.0 / 365, (double)row[2]!, 9);
        }
    }

    private static SnapshotRow Normalise(string? start, string deadline, out IReadOnlyList<IngestIssue> issues)
    {
        var headers = new Dictionary<CanonicalColumn, string>(RawRows.TypicalHeaders) { [CanonicalColumn.StartDate] = "开始时间" };
        var cells = new Dictionary<CanonicalColumn, CellValue>
        {
            [CanonicalColumn.Task] = RawRows.Text("推进A改革"),
            [CanonicalColumn.LeadUnit] = RawRows.Text("县发改局"),
            [CanonicalColumn.Deadline] = RawRows.Text(deadline),
            [CanonicalColumn.ProgressPct] = RawRows.Text("30%"),
            [CanonicalColumn.Status] = RawRows.Text("序时推进"),
        };
        if (start is not null)
        {
            cells[CanonicalColumn.StartDate] = RawRows.Text(start);
        }

        var row = RawRows.Row(5, null, cells, headers);
        var result = new RowNormaliser(RawRows.Table(row), Ledger.Overall, June2024).Normalise(row);
        issues = result.Issues;
        return Assert.IsType<SnapshotRow>(result.Row);
    }
}
