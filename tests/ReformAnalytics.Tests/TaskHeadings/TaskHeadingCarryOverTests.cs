using System.Text;
using ReformAnalytics.Database;
using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;
using ReformAnalytics.Tests.Ingest;

namespace ReformAnalytics.Tests.TaskHeadings;

/// <summary>
/// Tasks left unfinished at the year's end (year_end_carry_over) name their headings, in the next year's first 督办单 and
/// in the first quarter's report. December 2024: 1.1 制定国企改革实施方案 (县国资办, 60%) under 深化国资国企改革, 2.1
/// 制定实施方案 (县财政局, 40%) under 深化财税体制改革. January 2025: 1.1 制定国企改革实施方案（修订） under 深化国资国企改革
/// (name key bigram Dice 2 × 9 / (9 + 11) = 0.9 against December's: similar) and 推进预算绩效管理 (no match: 2.1 dropped).
/// </summary>
public sealed class TaskHeadingCarryOverTests
{
    private const string Header = "序号,改革任务,牵头单位,完成时限,完成进度\n一、经济体制改革专项小组,,,,\n";

    [Fact]
    public async Task NewYearsNoticeAndFirstQuarterReport_NameTheYearEndTasksWithTheirHeadings()
    {
        using var f = new IngestFixture();
        Write(f, "2024年12月改革任务总台账.csv",
            "1,深化国资国企改革,,,\n1.1,制定国企改革实施方案,县国资办,2024年12月底前,60%\n2,深化财税体制改革,,,\n2.1,制定实施方案,县财政局,2024年12月底前,40%\n");
        Write(f, "2025年1月改革任务总台账.csv",
            "1,深化国资国企改革,,,\n1.1,制定国企改革实施方案（修订）,县国资办,2025年6月底前,10%\n2,推进预算绩效管理,县财政局,2025年6月底前,10%\n");
        await f.IngestAsync();
        await using var connection = await ReformDatabase.OpenForWriteAsync(f.Db, CancellationToken.None);
        await MetricViews.InstallAsync(connection, CancellationToken.None);
        var january = new ReportMonth(2025, 1);

        var notices = await SupervisionNotices.BuildAsync(connection, january, SupervisionNotices.DefaultDue(january), CancellationToken.None);
        var finance = notices.Notices.Single(n => n.LeadUnit == "县财政局").ToDocument();
        var figures = await QuarterFiguresLoader.LoadAsync(connection, new Quarter(2025, 1), 10, CancellationToken.None);
        var carryOver = QuarterlyReportBuilder.Build(figures, []).Sections.SelectMany(s => s.Blocks).OfType<ReportTable>()
            .Single(t => t.Columns.SequenceEqual(ReportColumns.CarryOver));

        Assert.Equal(
            [["1", "改革任务总台账", "深化财税体制改革 › 制定实施方案", "2024年12月底前", "40%"]],
            Assert.IsType<ReportTable>(finance.Sections.Single(s => s.Heading.EndsWith("上年结转事项", StringComparison.Ordinal)).Blocks[1]).Rows);
        Assert.Equal(
            [
                ["1", "改革任务总台账", "深化财税体制改革 › 制定实施方案", "县财政局", "40%", "未列入", "—"],
                ["2", "改革任务总台账", "深化国资国企改革 › 制定国企改革实施方案", "县国资办", "60%", "名称相近，待核实", "深化国资国企改革 › 制定国企改革实施方案（修订）"],
            ],
            carryOver.Rows);
    }

    private static void Write(IngestFixture f, string name, string rows) =>
        File.WriteAllText(Path.Combine(f.Input, name), Header + rows, new UTF8Encoding(true));
}
