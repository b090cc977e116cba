using ReformAnalytics.Reports;

namespace ReformAnalytics.Tests.Reports;

/// <summary>
/// The three ledgers (三本台账) come in the office's order wherever the report lists them: 改革任务总台账 first, then
/// 上级部署试点台账 and 自选试点台账 (before, the order of their identifiers put the overall ledger last).
/// </summary>
public sealed class LedgerOrderTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private static readonly string[] OfficeOrder = ["改革任务总台账", "上级部署试点台账", "自选试点台账"];

    [Fact]
    public async Task LedgerTableAndSentence_PutTheOverallLedgerFirst()
    {
        var document = await fixture.Q2Async();
        var section = document.Sections.Single(s => s.Heading == ReportHeadings.GroupsAndLedgers);
        var table = section.Blocks.OfType<ReportTable>().Single(t => t.Caption.EndsWith("分台账推进情况", StringComparison.Ordinal));

        Assert.Equal(OfficeOrder, table.Rows.Select(r => r[0]));
        // June: overall 6 tasks, R1 done; assigned_pilot R5 done; local_pilot R6 done.
        Assert.StartsWith("分台账看，改革任务总台账任务6项、已完成1项", ReportNumbers.Paragraphs(document, ReportHeadings.GroupsAndLedgers).Single(p => p.StartsWith("分台账看", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeAndWorkTable_ListsTheLedgersInTheOfficesOrder()
    {
        var document = await fixture.Q2Async();
        var rows = document.Sections.SelectMany(s => s.Blocks.OfType<ReportTable>()).SelectMany(t => t.Rows)
            .Select(r => r[0]).Where(c => c.StartsWith("台账：", StringComparison.Ordinal));

        Assert.Equal(OfficeOrder.Select(l => "台账：" + l), rows);
    }
}
