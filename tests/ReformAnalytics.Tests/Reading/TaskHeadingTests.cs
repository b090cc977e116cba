using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Reading;

/// <summary>
/// A task split into sub-tasks under a heading row: the heading is kept beside each sub-task (<see cref="RawLedgerRow.TaskHeading"/>),
/// so 制定实施方案 says whose it is. Before, a numbered heading (1 over 1.1) was dropped without a trace on its sub-tasks, and a
/// section heading below a group's (（一）深化国资国企改革 under 一、经济体制改革专项小组) was stored as the group of the rows below.
/// </summary>
public sealed class TaskHeadingTests : IDisposable
{
    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Read_SectionHeadingsBelowAGroup_AreTheTasksHeading_AndTheGroupGoesOn()
    {
        // Rows: 1 header; 2 一、经济体制改革专项小组; 3 （一） in 序号 with its name in the task column; 4, 5 its tasks; 6 （二）… in
        // the task column alone; 7, 8 its tasks; 9 二、社会体制改革专项小组 (the group's level: a group); 10 a task under it.
        const string csv = "序号,改革任务,牵头单位,完成时限\n"
            + "一、经济体制改革专项小组,,,\n"
            + "（一）,深化国资国企改革,,\n"
            + "1,制定实施方案,县国资办,2024年6月底前\n"
            + "2,推进国企整合重组,县国资办,2024年12月底前\n"
            + ",（二）深化财税体制改革,,\n"
            + "1,制定实施方案,县财政局,2024年9月底前\n"
            + "2,推进预算绩效管理,县财政局,2024年12月底前\n"
            + "二、社会体制改革专项小组,,,\n"
            + "1,推进集团化办学,县教育局,2024年12月底前\n";
        var path = _files.WriteText("headings.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(
            [
                (4, "制定实施方案", "经济体制改革专项小组", "深化国资国企改革"),
                (5, "推进国企整合重组", "经济体制改革专项小组", "深化国资国企改革"),
                (7, "制定实施方案", "经济体制改革专项小组", "深化财税体制改革"),
                (8, "推进预算绩效管理", "经济体制改革专项小组", "深化财税体制改革"),
                (10, "推进集团化办学", "社会体制改革专项小组", (string?)null),
            ],
            table.Rows.Select(r => (r.SourceRow, r[CanonicalColumn.Task].Text, r.SectionGroup, r.TaskHeading)));
        Assert.Empty(table.Issues);
    }

    [Fact]
    public async Task Read_NumberedHeadings_AreTheirSubTasksHeading_TheNearestWhenDeeper()
    {
        // 3 over 3.1 over 3.1.1 and 3.1.2; 3.2 under 3 again; 4 under none. Rows 2 and 3 (序号 3 and 3.1) are headings, left out.
        const string csv = "序号,改革任务,牵头单位\n"
            + "3,深化教育改革,\n"
            + "3.1,推进教育评价改革,\n"
            + "3.1.1,制定实施方案,县教育局\n"
            + "3.1.2,开展试点,县教育局\n"
            + "3.2,推进集团化办学,县教育局\n"
            + "4,深化医药卫生体制改革,县卫健局\n";
        var path = _files.WriteText("numbered.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(
            [(4, "制定实施方案", "推进教育评价改革"), (5, "开展试点", "推进教育评价改革"), (6, "推进集团化办学", "深化教育改革"), (7, "深化医药卫生体制改革", (string?)null)],
            table.Rows.Select(r => (r.SourceRow, r[CanonicalColumn.Task].Text, r.TaskHeading)));
    }

    [Fact]
    public async Task Read_ANumberedRowOfANameAlone_OverRowsNumberingTheirOwnNames_IsTheirHeading()
    {
        // Rows: 1 header; 2 group; 3 序号 1 深化国资国企改革 and nothing else; 4, 5 no 序号, names 1.… and 2.…; 6 序号 2 深化财税体制改革
        // alone; 7 （1）… ; 8 序号 3 a task of its own name alone, with no numbered row below it: a task, as before. By hand: rows 3
        // and 6 are headings, left out with one warning naming both; 4, 5 and 7 are tasks under them; 8 under none. Before, rows
        // 3 and 6 were tasks without a unit or deadline beside their own sub-tasks, which had no heading.
        const string csv = "序号,改革任务,牵头单位,完成时限,完成进度\n"
            + "一、经济体制改革专项小组,,,,\n"
            + "1,深化国资国企改革,,,\n"
            + ",1.制定实施方案,县国资办,6月底前,100%\n"
            + ",2.推进国企整合重组,县国资办,12月底前,50%\n"
            + "2,深化财税体制改革,,,\n"
            + ",（1）制定实施方案,县财政局,9月底前,60%\n"
            + "3,推进预算绩效管理改革,,,\n"
            + ",1.5亿元专项资金到位,县财政局,12月底前,30%\n";
        var path = _files.WriteText("named.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(
            [
                (4, "1.制定实施方案", "深化国资国企改革"),
                (5, "2.推进国企整合重组", "深化国资国企改革"),
                (7, "（1）制定实施方案", "深化财税体制改革"),
                (8, "推进预算绩效管理改革", (string?)null),
                (9, "1.5亿元专项资金到位", null),
            ],
            table.Rows.Select(r => (r.SourceRow, r[CanonicalColumn.Task].Text, r.TaskHeading)));
        var issue = Assert.Single(table.Issues);
        Assert.Equal((3, "1"), (issue.Row, issue.Value));
        Assert.StartsWith("本表有2行任务下分有子任务（如序号1下有“1.制定实施方案”），", issue.Message, StringComparison.Ordinal);
        Assert.Contains("第3行（序号1“深化国资国企改革”）", issue.Message, StringComparison.Ordinal);
        Assert.Contains("第6行（序号2“深化财税体制改革”）", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_SectionHeadingsWithoutAGroupAbove_StillNameTheGroup()
    {
        // No group's heading above: （一）经济领域 and （二）社会领域 are the groups, as before, and no task has a heading.
        const string csv = "序号,改革任务,牵头单位\n（一）经济领域,,\n1,深化国资国企改革,县国资办\n（二）社会领域,,\n1,推进集团化办学,县教育局\n";
        var path = _files.WriteText("groups.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal([("经济领域", (string?)null), ("社会领域", null)], table.Rows.Select(r => (r.SectionGroup, r.TaskHeading)));
    }

    [Fact]
    public async Task Read_SectionHeadingsBelowADomainWrittenWithout专项小组_AreTheTasksHeading_AndTheGroupGoesOn()
    {
        // Rows: 1 header; 2 一、经济体制改革 (a group written without 专项小组); 3 （一）…; 4 its task; 5 （二）…; 6 its task; 7
        // 二、社会体制改革; 8 its task. By hand: the first-level rows are the groups, as 一、…专项小组 is, and the （一）（二） rows below
        // the first one the headings of rows 4 and 6. Before, （一） and （二） were stored as the groups of rows 4 and 6, so
        // 经济体制改革 was split into two groups named for its sub-headings.
        const string csv = "序号,改革任务,牵头单位\n"
            + "一、经济体制改革,,\n"
            + "（一）深化国资国企改革,,\n"
            + "1,制定实施方案,县国资办\n"
            + "（二）深化财税体制改革,,\n"
            + "1,推进预算绩效管理,县财政局\n"
            + "二、社会体制改革,,\n"
            + "1,推进集团化办学,县教育局\n";
        var path = _files.WriteText("domains.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(
            [(4, "经济体制改革", "深化国资国企改革"), (6, "经济体制改革", "深化财税体制改革"), (8, "社会体制改革", (string?)null)],
            table.Rows.Select(r => (r.SourceRow, r.SectionGroup, r.TaskHeading)));
        Assert.Empty(table.Issues);
    }

    [Fact]
    public async Task Read_AFirstLevelHeadingNamingAKindOfTask_IsNoGroup_AndTheHeadingsBelowItAre()
    {
        // Rows: 1 header; 2 一、重点改革任务 (a kind of task, no domain); 3 a task straight under it; 4 （一）经济体制改革; 5 its task;
        // 6 （二）深化国资国企改革; 7 its task; 8 二、改革试点任务; 9 its task. By hand: row 3 has no group (the heading names none, the
        // sheet none); rows 5 and 7 have the group of the heading over them, the first to sort the tasks by domain, and no task
        // heading; row 9 none. Before, rows 3 and 9 were stored in groups named 重点改革任务 and 改革试点任务.
        const string csv = "序号,改革任务,牵头单位\n"
            + "一、重点改革任务,,\n"
            + "1,推进县域综合改革,县发改局\n"
            + "（一）经济体制改革,,\n"
            + "1,深化国资国企改革,县国资办\n"
            + "（二）深化国资国企改革,,\n"
            + "1,推进国企整合重组,县国资办\n"
            + "二、改革试点任务,,\n"
            + "1,开展林长制改革试点,县林业局\n";
        var path = _files.WriteText("kinds.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(
            [(3, (string?)null, (string?)null), (5, "经济体制改革", null), (7, "深化国资国企改革", null), (9, null, null)],
            table.Rows.Select(r => (r.SourceRow, r.SectionGroup, r.TaskHeading)));
        Assert.Empty(table.Issues);
    }
}
