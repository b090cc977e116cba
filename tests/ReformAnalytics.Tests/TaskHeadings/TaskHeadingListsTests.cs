using ReformAnalytics.Metrics;
using ReformAnalytics.Model;
using ReformAnalytics.Reports;
using ReformAnalytics.Risk;
using ReformAnalytics.Tests.Metrics;
using static ReformAnalytics.Tests.TaskHeadings.TaskHeadingCounty;

namespace ReformAnalytics.Tests.TaskHeadings;

/// <summary>
/// Where the office reads a task's name in a list — the quarter's 成果清单 and 负面清单, the 督办单, the risk list — a
/// sub-task reads with its heading, 深化财税体制改革 › 制定实施方案 (<see cref="TaskHeadingCounty"/>); before, a bare
/// 制定实施方案 that 县国资办 and 县财政局 each have. A task under no heading keeps its bare name.
/// </summary>
public sealed class TaskHeadingListsTests(TaskHeadingCounty county) : IClassFixture<TaskHeadingCounty>
{
    private static readonly ReportMonth June = new(2024, 6);

    [Fact]
    public async Task QuarterLists_ShowTheHeadingBeforeTheSubTasksName()
    {
        var outDir = Path.Combine(county.Folder, "lists");
        await ListsWriter.WriteAsync(county.Connection, new Quarter(2024, 2), outDir, CancellationToken.None);

        var results = WorkbookReader.ReadFirstSheet(Path.Combine(outDir, "2024年第二季度成果清单.xlsx"));
        var negative = WorkbookReader.ReadFirstSheet(Path.Combine(outDir, "2024年第二季度负面清单.xlsx"));

        Assert.Equal("改革任务", results[2][3]);
        Assert.Equal(["1", "改革任务总台账", "经济体制改革专项小组", "深化国资国企改革 › 制定实施方案", "县国资办"], results[3].Take(5));
        Assert.Equal("改革任务", negative[2][3]);
        // Overdue first: 2.1 (30 days), then 3 (due 30 June).
        Assert.Equal(
            [("深化财税体制改革 › 制定实施方案", "县财政局"), ("推进数字政府建设", "县数据局")],
            negative.Skip(3).Take(2).Select(r => (r[3], r[4])));
    }

    [Fact]
    public async Task SupervisionNotice_NamesTheSubTasksWithTheirHeading_InTheTasksAndTheMissingReturns()
    {
        var set = await SupervisionNotices.BuildAsync(county.Connection, June, SupervisionNotices.DefaultDue(June), CancellationToken.None);
        var finance = set.Notices.Single(n => n.LeadUnit == "县财政局").ToDocument();
        var data = set.Notices.Single(n => n.LeadUnit == "县数据局").ToDocument();

        Assert.Equal(["一、督办事项", "二、漏报事项", "三、办理要求"], finance.Sections.Select(s => s.Heading));
        Assert.Equal(
            [["1", "改革任务总台账", "深化财税体制改革 › 制定实施方案", "2024年5月底前", "40%", "100%", "逾期30天；落后计划60个百分点"]],
            Assert.IsType<ReportTable>(finance.Sections[0].Blocks[1]).Rows);
        Assert.Equal(
            [["1", "改革任务总台账", "深化财税体制改革 › 完善预算制度", "2024年12月底前", "2024年5月", "30%"]],
            Assert.IsType<ReportTable>(finance.Sections[1].Blocks[1]).Rows);
        Assert.Equal("推进数字政府建设", Assert.IsType<ReportTable>(data.Sections[0].Blocks[1]).Rows[0][2]);
    }

    [Fact]
    public async Task RiskList_ReadsTheHeadingFromRiskFeatures_AndPrintsItBeforeTheName()
    {
        var rows = await RiskDataset.LoadAsync(county.Connection, new RiskOptions { IncludeAlreadyRed = true }, June.FirstDay, June.FirstDay, CancellationToken.None);
        var fiscal = await county.TaskIdAsync(Plan, "县财政局");
        Assert.Equal(Fiscal, rows.Single(r => r.TaskId == fiscal).Facts.TaskHeading);
        Assert.Null(rows.Single(r => r.Facts.TaskName == "推进数字政府建设").Facts.TaskHeading);

        var flag = new RiskFlag(1, fiscal, "overall", Plan, "经济体制改革专项小组", "县财政局", null, new DateOnly(2024, 5, 31), "2024年5月底前", 40, 100, null, 0.9, [])
        {
            TaskHeading = Fiscal,
        };
        var path = Path.Combine(county.Folder, "risk", "风险清单.xlsx");
        await RiskFlagWorkbook.WriteAsync(path, June, 3, 2, [flag], "测试", CancellationToken.None);

        var sheet = WorkbookReader.ReadFirstSheet(path);
        Assert.Equal(("改革任务", "深化财税体制改革 › 制定实施方案"), (sheet[2][2], sheet[3][2]));
    }
}
