using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Tests.Reading;

/// <summary>
/// A warning about a header cell (a name not known, a column not read) is on the row the cell is on. Before, every header
/// warning was on the header's first row, also for a name in the lower row of a two-row header, so the office looked for it
/// in the wrong row.
/// </summary>
public sealed class HeaderWarningRowTests : IDisposable
{
    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Read_TwoRowHeaderInACsv_WarnsOfEachCellOnItsOwnRow()
    {
        // Rows: 1 title; 2 the upper header: 序号, 改革任务, 完成比例, 责任分工 over two columns, 完成情况 over three, 附加列甲; 3
        // the lower: 牵头单位, 责任单位 and 完成进度, 进展情况, 附加列乙 (a CSV leaves the merged cells empty). By hand: 完成比例
        // (column C, row 2) is the progress figure, read first from the left; 完成进度 (row 3) names it again and is not read:
        // warned of on row 3. 附加列乙 is unknown on row 3, 附加列甲 on row 2: one warning for each row.
        const string csv = "2024年全面深化改革任务台账（6月）\n"
            + "序号,改革任务,完成比例,责任分工,,完成情况,,,附加列甲\n"
            + ",,,牵头单位,责任单位,完成进度,进展情况,附加列乙,\n"
            + "1,深化国有企业改革,50%,县国资委,县财政局,60%,推进中,良好,无\n";
        var path = _files.WriteText("two-rows.csv", csv);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(
            [
                (2, string.Empty, "附加列甲", "以下列名未能识别，已忽略：附加列甲。如需读取，请用 --map 列映射文件指定它们对应的列。"),
                (3, string.Empty, "附加列乙", "以下列名未能识别，已忽略：附加列乙。如需读取，请用 --map 列映射文件指定它们对应的列。"),
                (3, "完成进度", string.Empty, "“完成进度”列与“完成比例”列都对应“完成进度”，已采用“完成比例”列，忽略“完成进度”列。"),
            ],
            table.Issues.Select(i => (i.Row, i.Column, i.Value, i.Message)).Order());
        Assert.All(table.Issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
    }

    [Fact]
    public async Task Read_TwoRowHeaderInAWorkbook_WarnsOfANameMergedDownOnTheUpperRow()
    {
        // Rows: 1 title; 2–3 the header: 序号 and 改革任务 merged down A2:A3, B2:B3; 完成情况 merged across C2:D2 over 完成进度 and
        // 附加列乙; 责任分工 across E2:F2 over 牵头单位, 责任单位; 完成比例 merged down G2:G3; 附加列甲 in H2 alone. By hand: 完成进度
        // (C3) is the progress figure, read first from the left; 完成比例, merged down from G2, is not read: warned of on row 2,
        // where the merged cell starts. 附加列乙 (D3) is unknown on row 3, 附加列甲 (H2) on row 2.
        var path = _files.WriteWorkbook("two-rows.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("2024年全面深化改革任务台账（6月）");
            w.WriteRow("序号", "改革任务", "完成情况", null, "责任分工", null, "完成比例", "附加列甲");
            w.WriteRow(null, null, "完成进度", "附加列乙", "牵头单位", "责任单位");
            w.WriteRow("1", "深化国有企业改革", "60%", "良好", "县国资委", "县财政局", "50%", "无");
            w.Merge(2, 1, 3, 1);
            w.Merge(2, 2, 3, 2);
            w.Merge(2, 3, 2, 4);
            w.Merge(2, 5, 2, 6);
            w.Merge(2, 7, 3, 7);
        });

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        Assert.Equal(
            [
                (2, string.Empty, "附加列甲"),
                (2, "完成比例", string.Empty),
                (3, string.Empty, "附加列乙"),
            ],
            table.Issues.Select(i => (i.Row, i.Column, i.Value)).Order());
        Assert.Equal("60%", table.Rows[0][CanonicalColumn.ProgressPct].Text);
    }
}
