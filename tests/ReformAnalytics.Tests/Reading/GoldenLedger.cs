using ReformAnalytics.Reading;
using static ReformAnalytics.Reading.CanonicalColumn;

namespace ReformAnalytics.Tests.Reading;

/// <summary>
/// What the golden text ledger (Data/Reading/ledger-*.csv|txt, one content in several encodings) must read as,
/// worked out by hand from its nine records:
/// 1 title, 2 header (序号 改革任务 牵头单位 责任单位 完成时限 进展情况), 3 section 一、经济体制改革专项小组,
/// 4 task (progress cell quoted over two lines), 5 task (doubled quotes), 6 blank, 7 section 二、…, 8 task, 9 note 注：….
/// So three task rows (records 4, 5, 8) and no issues.
/// </summary>
internal static class GoldenLedger
{
    public static void AssertRows(LedgerTable table)
    {
        Assert.Equal("2024年全面深化改革任务台账（6月）", table.TitleText);
        Assert.Empty(table.Issues);
        Assert.Equal(3, table.Rows.Count);
        RowAssert.Cells(table.Rows[0], 4, "经济体制改革专项小组",
            (SeqNo, "1"), (CanonicalColumn.Task, "深化国有企业改革"), (LeadUnit, "县国资委"), (CoUnits, "县财政局、县发改局"),
            (Deadline, "2024年6月底前"), (ProgressText, "已完成方案起草，\n正在征求意见"));
        RowAssert.Cells(table.Rows[1], 5, "经济体制改革专项小组",
            (SeqNo, "2"), (CanonicalColumn.Task, "推进\"放管服\"改革"), (LeadUnit, "县政务服务中心"), (Deadline, "年底前"), (ProgressText, "序时推进"));
        RowAssert.Cells(table.Rows[2], 8, "生态文明体制改革专项小组",
            (SeqNo, "1"), (CanonicalColumn.Task, "河长制提质增效"), (LeadUnit, "县水利局"), (CoUnits, "各乡镇"), (Deadline, "长期坚持"));

        var names = table.Rows[0].HeaderNames;
        Assert.Equal("牵头单位", names[(int)LeadUnit]);
        Assert.Equal("责任单位", names[(int)CoUnits]);
        Assert.Null(names[(int)Status]);
        Assert.False(table.Rows[0].Has(Status));
    }
}
