using ReformAnalytics.Model;
using ReformAnalytics.Normalising;
using ReformAnalytics.Reading;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Tests.Reading;

/// <summary>
/// The tenth sub-task typed into Excel as 1.10 is stored as the number 1.1. Before, it was read as 1.1, the first
/// sub-task's number: two tasks 1.1, and its own sub-tasks (1.10.1) put under the wrong heading.
/// </summary>
public sealed class TenthSubTaskTests : IDisposable
{
    private static readonly double[] NinthAndBefore = [1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9];
    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task Read_ANumberOneTenthAfterItsNinthSibling_IsTheTenthSubTask()
    {
        // Rows: 1 header; 2 序号 1 深化教育改革 (a heading); 3–11 序号 1.1 … 1.9 (numbers, General format); 12 the number 1.1
        // after 1.9, 推进教育数字化, with 1.10.1 (text) under it on row 13; 14 序号 2. By hand: row 12 follows 1.9, so it is
        // 1.10, the heading of 1.10.1, and left out with row 2; rows 3–11 and 13 are sub-tasks, row 14 a task of its own.
        var path = _files.WriteWorkbook("tenth.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位");
            w.WriteRow(XlsxCell.Of(1), "深化教育改革", null);
            for (var i = 0; i < NinthAndBefore.Length; i++)
            {
                w.WriteRow(XlsxCell.Of(NinthAndBefore[i]), $"子任务{i + 1}", "县教育局");
            }

            w.WriteRow(XlsxCell.Of(1.1), "推进教育数字化", null);
            w.WriteRow("1.10.1", "建设智慧校园", "县教育局");
            w.WriteRow(XlsxCell.Of(2), "深化医药卫生体制改革", "县卫健局");
        });

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));
        var rows = Stored(table);

        Assert.Equal(
            [
                (3, "1.1", "深化教育改革"), (4, "1.2", "深化教育改革"), (5, "1.3", "深化教育改革"), (6, "1.4", "深化教育改革"),
                (7, "1.5", "深化教育改革"), (8, "1.6", "深化教育改革"), (9, "1.7", "深化教育改革"), (10, "1.8", "深化教育改革"),
                (11, "1.9", "深化教育改革"), (13, "1.10.1", "推进教育数字化"), (14, "2", (string?)null),
            ],
            rows.Select(r => (r.SourceRow, r.SeqNo, r.TaskHeading)));
        var issue = Assert.Single(table.Issues);
        Assert.Contains("第2行（序号1“深化教育改革”）", issue.Message, StringComparison.Ordinal);
        Assert.Contains("第12行（序号1.10“推进教育数字化”）", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ATenthSubTaskWithoutSubTasks_IsStoredAs1Point10()
    {
        // Rows: 2 heading 1; 3–11 1.1 … 1.9; 12 the number 1.1 (a task); 13 序号 2. By hand: row 12 is stored with 序号 1.10.
        var path = _files.WriteWorkbook("tenth-task.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位");
            w.WriteRow(XlsxCell.Of(1), "深化教育改革", null);
            for (var i = 0; i < NinthAndBefore.Length; i++)
            {
                w.WriteRow(XlsxCell.Of(NinthAndBefore[i]), $"子任务{i + 1}", "县教育局");
            }

            w.WriteRow(XlsxCell.Of(1.1), "推进教育数字化", "县教育局");
            w.WriteRow(XlsxCell.Of(2), "深化医药卫生体制改革", "县卫健局");
        });

        var rows = Stored(Assert.Single(await ReadingFiles.ReadAsync(path)));

        Assert.Equal((12, "1.10", "推进教育数字化", "深化教育改革"), (rows[9].SourceRow, rows[9].SeqNo, rows[9].TaskName, rows[9].TaskHeading));
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "2"], rows.Select(r => r.SeqNo));
    }

    [Fact]
    public async Task Read_ANumberShownWithTwoDecimalsByItsOwnFormat_IsReadAsShown()
    {
        // Rows: 2 heading 1; 3 1.1; 4 1.2 (General); 5 the number 1.1 in a cell formatted 0.00 (it shows 1.10; 1.3 … 1.9 were
        // withdrawn, so the 序号 above does not say); 6 heading 5; 7, 8 5.1 and 5.2 (General). By hand: row 5's own format shows
        // 1.10 and the 序号 above it (1.2) is shown as its value, so it is 1.10, under heading 1; rows 7 and 8 under heading 5.
        var path = _files.WriteWorkbook("own-format.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位");
            w.WriteRow(XlsxCell.Of(1), "深化教育改革", null);
            w.WriteRow(XlsxCell.Of(1.1), "子任务一", "县教育局");
            w.WriteRow(XlsxCell.Of(1.2), "子任务二", "县教育局");
            w.WriteRow(XlsxCell.Of(1.1, XlsxStyle.Score), "推进教育数字化", "县教育局");
            w.WriteRow(XlsxCell.Of(5), "深化财税体制改革", null);
            w.WriteRow(XlsxCell.Of(5.1), "推进预算绩效管理", "县财政局");
            w.WriteRow(XlsxCell.Of(5.2), "深化非税收入改革", "县财政局");
        });

        var rows = Stored(Assert.Single(await ReadingFiles.ReadAsync(path)));

        Assert.Equal(
            [(3, "1.1", "深化教育改革"), (4, "1.2", "深化教育改革"), (5, "1.10", "深化教育改革"), (7, "5.1", "深化财税体制改革"), (8, "5.2", "深化财税体制改革")],
            rows.Select(r => (r.SourceRow, r.SeqNo, r.TaskHeading)));
    }

    [Fact]
    public async Task Read_PlainNumbersAndALoneOnePointOne_AreTheirOwnValues()
    {
        // 1, 2, 3, then the number 1.1 alone after 3 (General), and 1.1 after 1.9 in a section of its own (a section row restarts
        // the 序号): none of them follows a ninth sub-task, so each is its value.
        var path = _files.WriteWorkbook("plain.xlsx", w =>
        {
            w.StartSheet("6月台账");
            w.WriteRow("序号", "改革任务", "牵头单位");
            w.WriteRow(XlsxCell.Of(1), "改革甲", "县发改局");
            w.WriteRow(XlsxCell.Of(2), "改革乙", "县发改局");
            w.WriteRow(XlsxCell.Of(3), "改革丙", "县发改局");
            w.WriteRow(XlsxCell.Of(1.1), "改革丁", "县发改局");
            w.WriteRow(XlsxCell.Of(1.9), "改革戊", "县发改局");
            w.WriteRow("二、社会体制改革专项小组");
            w.WriteRow(XlsxCell.Of(1.1), "改革己", "县教育局");
        });

        var rows = Stored(Assert.Single(await ReadingFiles.ReadAsync(path)));

        Assert.Equal(["1", "2", "3", "1.1", "1.9", "1.1"], rows.Select(r => r.SeqNo));
    }

    [Theory]
    [InlineData("1.10", "1.9", true)]
    [InlineData("1.10", "1.9.2", true)]   // after the ninth's own sub-task
    [InlineData("1.20", "1.19", true)]
    [InlineData("2", "1.9", true)]
    [InlineData("1.10", "1.8", false)]
    [InlineData("1.10", "1", false)]
    [InlineData("1.1", "1", false)]       // a first sub-task is no next number
    [InlineData("11.10", "1.9", false)]
    public void ComesNext_IsTheNumberAfterTheOneAboveOrOneOfItsHeadings(string seq, string above, bool expected)
    {
        Assert.Equal(expected, SeqCellReader.ComesNext(seq, above));
    }

    private static List<SnapshotRow> Stored(LedgerTable table)
    {
        var normaliser = new RowNormaliser(table, Ledger.Overall, new ReportMonth(2024, 6));
        return [.. table.Rows.Select(r => normaliser.Normalise(r).Row).OfType<SnapshotRow>()];
    }
}
