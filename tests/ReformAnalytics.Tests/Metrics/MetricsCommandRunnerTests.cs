using System.Text.Json;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;

namespace ReformAnalytics.Tests.Metrics;

/// <summary><c>reform metrics</c> over <see cref="MetricsFixture"/>'s snapshots in a database file.</summary>
public sealed class MetricsCommandRunnerTests(FixtureFileDatabase database) : IClassFixture<FixtureFileDatabase>
{
    private async Task<(int Code, string Output, string Error)> Run(MetricGrouping by, MetricsFormat format, string month = "2024-06", string? outputPath = null, string? dbPath = null)
    {
        Assert.True(ReportMonth.TryParse(month, out var asOf));
        var options = new MetricsCommandOptions { DbPath = dbPath ?? database.DbPath, AsOf = asOf, By = by, Format = format, OutputPath = outputPath };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await MetricsCommandRunner.RunAsync(options, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Table_ByUnit_ShowsChineseHeadersEveryUnitAndTheExclusionNote()
    {
        var (code, output, _) = await Run(MetricGrouping.Unit, MetricsFormat.Table);

        Assert.Equal(0, code);
        Assert.Contains("2024年6月改革任务指标汇总（按牵头单位，截至2024年6月30日）", output, StringComparison.Ordinal);
        Assert.Contains("完成率", output, StringComparison.Ordinal);
        var finance = output.Split('\n').Single(l => l.StartsWith(MetricsFixture.Finance, StringComparison.Ordinal));
        Assert.Contains("50%", finance, StringComparison.Ordinal); // 1 of 2 with a deadline
        Assert.Contains("50%", finance, StringComparison.Ordinal); // on time 1 of 2 settled: T8 on time, T3 due 30 June and not done
        Assert.Contains("长期任务1项、无完成时限任务0项未计入", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_LaidOutForTheTerminal_WhenTheCommandLineSaysItDidSo_IsNotWrittenPlainAsWell()
    {
        Assert.True(ReportMonth.TryParse("2024-06", out var asOf));
        IReadOnlyList<string>? given = null;
        foreach (var laidOut in new[] { true, false })
        {
            var options = new MetricsCommandOptions
            {
                DbPath = database.DbPath,
                AsOf = asOf,
                By = MetricGrouping.Unit,
                WriteTableForTerminal = (headers, rows) => { given = headers; return laidOut && rows.Any(r => r[0] == MetricsFixture.Finance); },
            };
            using var output = new StringWriter();
            using var error = new StringWriter();

            Assert.Equal(0, await MetricsCommandRunner.RunAsync(options, output, error, CancellationToken.None));

            // The title and the note either way; the plain rows only when the terminal's writer declined.
            Assert.Contains("2024年6月改革任务指标汇总（按牵头单位", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("长期任务1项", output.ToString(), StringComparison.Ordinal);
            Assert.Equal(!laidOut, output.ToString().Split('\n').Any(l => l.StartsWith(MetricsFixture.Finance, StringComparison.Ordinal)));
            Assert.Equal(MetricSummaryLayout.Headers, given);
        }
    }

    [Fact]
    public async Task Table_InTheFirstQuarter_SaysWhyThereIsNoComparisonWithLastYear()
    {
        var (march, june) = (await Run(MetricGrouping.All, MetricsFormat.Table, "2024-03"), await Run(MetricGrouping.All, MetricsFormat.Table));

        Assert.Contains("第一季度为新年度台账，不与上年第四季度末比较。", march.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("新年度台账", june.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_HasExactlyTheViewsColumnsAndValues()
    {
        var (code, output, _) = await Run(MetricGrouping.Unit, MetricsFormat.Csv);

        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var columns = lines[0].Split(',');
        Assert.Equal("report_month", columns[0]);
        Assert.Contains("open_ended_excluded", columns);
        Assert.Equal(33, columns.Length); // every column of metric_summary
        Assert.Equal(4, lines.Length); // header + 3 units

        var finance = lines.Single(l => l.Contains(MetricsFixture.Finance, StringComparison.Ordinal)).Split(',');
        Assert.Equal("2024-06-01", finance[0]);
        Assert.Equal("1", finance[Array.IndexOf(columns, "completed")]);
        Assert.Equal("50", finance[Array.IndexOf(columns, "completion_rate_pct")]);
    }

    [Fact]
    public async Task Json_AllTasks_IsOneObjectWithTheViewsFigures()
    {
        var (code, output, _) = await Run(MetricGrouping.All, MetricsFormat.Json);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var all = Assert.Single(json.RootElement.EnumerateArray().ToArray());
        Assert.Equal("全部", all.GetProperty("group_name").GetString());
        Assert.Equal("2024-06-30", all.GetProperty("status_date").GetString());
        Assert.Equal(7, all.GetProperty("tasks").GetInt32());
        Assert.Equal(1, all.GetProperty("open_ended_excluded").GetInt32());
        Assert.Equal(100.0 / 3, all.GetProperty("on_time_rate_pct").GetDouble(), 9); // T8 of T2, T8 and T3 (due 30 June, not done)
    }

    [Fact]
    public async Task Json_RateWithoutBase_IsNull()
    {
        var (_, output, _) = await Run(MetricGrouping.Unit, MetricsFormat.Json);

        using var json = JsonDocument.Parse(output);
        var education = json.RootElement.EnumerateArray().Single(e => e.GetProperty("group_name").GetString() == MetricsFixture.Education);
        Assert.Equal(JsonValueKind.Null, education.GetProperty("on_time_rate_pct").ValueKind); // nothing settled yet
    }

    [Fact]
    public async Task Xlsx_WritesAWorkbookAndSaysWhere()
    {
        var path = Path.Combine(database.Folder, "out", "metrics.xlsx");
        var (code, output, _) = await Run(MetricGrouping.Group, MetricsFormat.Xlsx, outputPath: path);

        Assert.Equal(0, code);
        Assert.Contains(path, output, StringComparison.Ordinal);
        var rows = WorkbookReader.ReadFirstSheet(path);
        Assert.Equal("2024年6月改革任务指标汇总（按专项小组，截至2024年6月30日）", rows[0][0]);
        Assert.Equal("分组", rows[1][0]);
        // groups in ordinal (code point) order: 社 U+793E before 经 U+7ECF
        Assert.Equal([MetricsFixture.Society, MetricsFixture.Economy], rows.Skip(2).Take(2).Select(r => r[0]));
    }

    [Fact]
    public async Task MonthWithoutSnapshots_ExitsOneAndNamesTheMonthsThereAre()
    {
        var (code, output, error) = await Run(MetricGrouping.All, MetricsFormat.Table, month: "2024-09");

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("没有2024年9月的台账快照", error, StringComparison.Ordinal);
        Assert.Contains("2024年3月至2024年6月", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingDatabaseFile_ExitsTwoWithAChineseMessage()
    {
        var (code, _, error) = await Run(MetricGrouping.All, MetricsFormat.Table, dbPath: Path.Combine(database.Folder, "none.duckdb"));

        Assert.Equal(2, code);
        Assert.Contains("找不到数据库文件", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingOptions_ExitTwoWithAChineseMessage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await MetricsCommandRunner.RunAsync(new MetricsCommandOptions { DbPath = database.DbPath }, output, error, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.Equal("请用 --as-of 指定统计月份，格式 YYYY-MM（如2024-06）。", error.ToString().Trim());
    }
}
