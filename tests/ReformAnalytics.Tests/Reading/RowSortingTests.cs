using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using static ReformAnalytics.Reading.CanonicalColumn;

namespace ReformAnalytics.Tests.Reading;

/// <summary>How rows below the header are told apart: sections, notes, tasks.</summary>
public sealed class RowSortingTests : IDisposable
{
    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Read_SectionHeadingAfterANote_StartsANewSection()
    {
        // Rows: 1 header; 2 section 一、; 3 task; 4 note 说明：; 5 its second line (skipped); 6 section 二、 (merged
        // in Excel, here repeated in both first columns); 7 task. Row 7 belongs to 生态文明, not to 经济.
        const string csv = "序号,改革任务,牵头单位\n一、经济体制改革,,\n1,改革甲,县发改局\n说明：以下为年中新增任务,,\n经县委深改委会议审定,,\n二、生态文明体制改革,二、生态文明体制改革,\n1,改革乙,县生态环境分局\n";
        var path = _files.WriteText("note-then-section.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(2, table.Rows.Count);
        RowAssert.Cells(table.Rows[0], 3, "经济体制改革", (SeqNo, "1"), (CanonicalColumn.Task, "改革甲"), (LeadUnit, "县发改局"));
        RowAssert.Cells(table.Rows[1], 7, "生态文明体制改革", (SeqNo, "1"), (CanonicalColumn.Task, "改革乙"), (LeadUnit, "县生态环境分局"));
        Assert.Empty(table.Issues);
    }

    [Fact]
    public async Task Read_ParentRowsOfANumberedHierarchy_AreHeadingsNotTasks_WithOneWarning()
    {
        // Rows: 1 header; 2 section; 3 序号1 with 1.1 and 1.2 under it (rows 4, 5); 6 序号2, followed by 3: a task of its own;
        // 7 序号3. (with a summary) over 3.1 (row 8), itself over 3.1.1 (row 9); 10 序号3.2; 11 序号4, the last row, no children.
        // By hand: headings are the rows whose 序号 the next task row's extends: 3 (1 → 1.1), 7 (3 → 3.1), 8 (3.1 → 3.1.1);
        // tasks are the other six rows: 4, 5, 6, 9, 10, 11. Before, all nine rows were tasks.
        const string csv = "序号,改革任务,牵头单位,完成时限,完成进度\n"
            + "一、经济体制改革专项小组,,,,\n"
            + "1,深化国资国企改革,县国资办,,\n"
            + "1.1,制定国企改革实施方案,县国资办,6月底前,100%\n"
            + "1.2,推进混合所有制改革,县国资办,年底前,40%\n"
            + "2,深化财税体制改革,县财政局,年底前,50%\n"
            + "3.,优化营商环境,县发改局,年底前,总体进度60%\n"
            + "3.1,推进政务服务一网通办,县数据局,,\n"
            + "3.1.1,建设一网通办平台,县数据局,9月底前,60%\n"
            + "3.2,推行承诺制审批,县行政审批局,10月底前,30%\n"
            + "4,深化教育评价改革,县教育局,年底前,20%\n";
        var path = _files.WriteText("hierarchy.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(
            [(4, "1.1"), (5, "1.2"), (6, "2"), (9, "3.1.1"), (10, "3.2"), (11, "4")],
            table.Rows.Select(r => (r.SourceRow, r[SeqNo].Text)));
        Assert.All(table.Rows, r => Assert.Equal("经济体制改革专项小组", r.SectionGroup));
        var issue = Assert.Single(table.Issues);
        Assert.Equal((3, "序号", "1", IssueSeverity.Warning), (issue.Row, issue.Column, issue.Value, issue.Severity));
        Assert.Equal(
            "本表有3行任务下分有子任务（如序号1下有1.1），这些行按其子任务的标题处理，未作为任务入库，只统计其下的子任务："
            + "第3行（序号1“深化国资国企改革”）；第7行（序号3“优化营商环境”）；第8行（序号3.1“推进政务服务一网通办”）。"
            + "如某行本身也是一项需单独考核的任务，请把它与子任务分开，另列一行并单独编号后重新报送。",
            issue.Message);
    }

    [Fact]
    public async Task Read_NumberedTasksWithoutSubTasks_AreAllTasks_WithoutWarning()
    {
        // 1, 2, 10, 11: 10 does not extend 1 (no dot), so no row is a heading; 1.5 after 2 is no sub-task of 2 either.
        const string csv = "序号,改革任务,牵头单位\n1,改革甲,县发改局\n2,改革乙,县财政局\n1.5,改革丙,县教育局\n10,改革丁,县民政局\n11,改革戊,县民政局\n";
        var path = _files.WriteText("flat.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal([2, 3, 4, 5, 6], table.Rows.Select(r => r.SourceRow));
        Assert.Empty(table.Issues);
    }

    [Fact]
    public async Task Read_RowWithOnlyATaskText_IsATaskNotASection()
    {
        var path = _files.WriteText("task-only.csv", "序号,改革任务,牵头单位\n,推进数字政府建设,\n");

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        RowAssert.Cells(Assert.Single(table.Rows), 2, null, (CanonicalColumn.Task, "推进数字政府建设"));
    }

    [Fact]
    public async Task Read_RowWithOnlyAStatus_IsReportedNotTakenForASection()
    {
        var path = _files.WriteText("status-only.csv", "序号,改革任务,状态\n1,改革甲,推进中\n,,已完成\n");

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(2, Assert.Single(table.Rows).SourceRow);
        var issue = Assert.Single(table.Issues);
        Assert.Equal((3, "改革任务", string.Empty), (issue.Row, issue.Column, issue.Value)); // the task cell is empty; the message names the row by its one value
        Assert.StartsWith("该行（“已完成”）填写了内容，但“改革任务”列为空", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_SectionRowsAsUnitsWriteThem_GiveTheGroupBelow()
    {
        // Rows: 1 header; 2 a group's name alone in the task column; 3 task; 4 a heading with its count of tasks beside it;
        // 5 task; 6 a heading with the group's leader in brackets; 7 task; 8 a label in front of the group; 9 task.
        // Before, row 2 was stored as a task, row 4 was an error row, and the remark and the label stayed in the names.
        const string csv = "序号,改革任务,牵头单位,完成时限\n"
            + ",文化体制改革专项小组,,\n1,改革甲,县委宣传部,年底前\n"
            + "（六）党的建设制度改革专项小组,,,共2项\n1,改革乙,县委组织部,年底前\n"
            + "四、生态文明体制改革专项小组（牵头领导：副县长李四）,,,\n1,改革丙,县生态环境分局,年底前\n"
            + "专项小组：社会体制改革,,,\n1,改革丁,县民政局,年底前\n";
        var path = _files.WriteText("sections.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(
            [(3, "文化体制改革专项小组", "改革甲"), (5, "党的建设制度改革专项小组", "改革乙"), (7, "生态文明体制改革专项小组", "改革丙"), (9, "社会体制改革", "改革丁")],
            table.Rows.Select(r => (r.SourceRow, r.SectionGroup, r[CanonicalColumn.Task].Text)));
        Assert.Empty(table.Issues);
    }

    [Fact]
    public async Task Read_APrintoutsPageMarksAndRepeatedTitle_AreNeitherTasksNorSections()
    {
        // Rows: 1 header; 2 section; 3 task; 4 page footer (merged across); 5 a page number alone; 6 the title repeated on
        // the new page (merged across); 7 the header repeated; 8 task. Before, row 4 and then row 6 became the group of
        // row 8, and row 5 was reported as a task without a name.
        const string csv = "序号,改革任务,牵头单位\n一、经济体制改革专项小组,,\n1,改革甲,县发改局\n"
            + "第 1 页，共 2 页,第 1 页，共 2 页,第 1 页，共 2 页\n2,,\n"
            + "2024年全面深化改革任务台账（6月）,2024年全面深化改革任务台账（6月）,2024年全面深化改革任务台账（6月）\n"
            + "序号,改革任务,牵头单位\n2,改革乙,县财政局\n";
        var path = _files.WriteText("printout.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(2, table.Rows.Count);
        RowAssert.Cells(table.Rows[1], 8, "经济体制改革专项小组", (SeqNo, "2"), (CanonicalColumn.Task, "改革乙"), (LeadUnit, "县财政局"));
        Assert.Empty(table.Issues);
    }

    [Theory]
    [InlineData("示例,XX改革任务（填写规范名称）,县XX局", "XX改革任务（填写规范名称）")]
    [InlineData("填报示例,深化营商环境改革,县发改局", "深化营商环境改革")]
    [InlineData("1,深化XX领域改革,县XX局", "深化XX领域改革")]
    public async Task Read_TheTemplatesExampleRow_IsLeftOutWithAWarning(string example, string task)
    {
        var path = _files.WriteText("example.csv", "序号,改革任务,牵头单位\n" + example + "\n1,改革甲,县发改局\n");

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal("改革甲", Assert.Single(table.Rows)[CanonicalColumn.Task].Text);
        var issue = Assert.Single(table.Issues);
        Assert.Equal((2, "改革任务", task, IssueSeverity.Warning), (issue.Row, issue.Column, issue.Value, issue.Severity));
        Assert.StartsWith("该行是模板中的填报示例", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ACountInTheTaskColumn_IsAnErrorRowNotATask()
    {
        // Row 3 holds a count where the task belongs (a statistics table pasted under the ledger's header). Before, it was
        // stored as a task named 12.
        var path = _files.WriteText("stats.csv", "序号,牵头单位,改革任务,完成进度\n1,县发改局,改革甲,60%\n2,县财政局,12,50%\n");

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal("改革甲", Assert.Single(table.Rows)[CanonicalColumn.Task].Text);
        var issue = Assert.Single(table.Issues);
        Assert.Equal((3, "12", IssueSeverity.Error), (issue.Row, issue.Value, issue.Severity));
        Assert.StartsWith("“改革任务”列只有数字，不是任务名称", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_AStatisticsTableAlone_IsRefusedAsHavingNoTasks()
    {
        // 改革任务（项） reads as the task column, and every cell of it is a count: no task row at all.
        var path = _files.WriteText("stats.csv", "序号,牵头单位,改革任务（项）,完成进度\n1,县发改局,12,60%\n2,县财政局,8,50%\n");

        var refused = await Assert.ThrowsAsync<LedgerInputException>(() => ReadingFiles.ReadAsync(path));

        Assert.Contains("另有2行缺少任务名称等必填内容", refused.Message, StringComparison.Ordinal);
    }
}
