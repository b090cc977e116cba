using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

/// <summary>
/// 表1 (by group) and 表2 (by ledger) of section two have the same columns. Before, 表2 repeated 表1's note word for
/// word a few paragraphs below it; now 表1 explains 完成率, 计入完成率 and 较上季度, and 表2 refers to it.
/// </summary>
public sealed class SummaryTableNoteTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    [Fact]
    public async Task June_TheLedgersTableRefersToTheGroupsTablesNote_InsteadOfRepeatingIt()
    {
        var tables = (await fixture.Q2Async()).Sections.Single(s => s.Heading == ReportHeadings.GroupsAndLedgers).Blocks
            .OfType<ReportTable>().ToList();

        // The fixture's report has no overview table before section two: the groups' table is 表1, the ledgers' 表2.
        var groups = tables.Single(t => t.Caption == "表1 分专项小组推进情况");
        var ledgers = tables.Single(t => t.Caption == "表2 分台账推进情况");
        Assert.Contains("完成率 = 已完成 ÷ 设定完成时限的任务数（“计入完成率”列）", groups.Note!, StringComparison.Ordinal);
        Assert.Contains("“较上季度”为完成率较上季度末的变化，单位为百分点", groups.Note!, StringComparison.Ordinal);
        Assert.Equal("注：各列口径同表1。", ledgers.Note);
    }
}
