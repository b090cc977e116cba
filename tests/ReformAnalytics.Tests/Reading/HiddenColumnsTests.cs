using ReformAnalytics.Model;
using ReformAnalytics.Reading;
using static ReformAnalytics.Reading.CanonicalColumn;

namespace ReformAnalytics.Tests.Reading;

/// <summary>
/// Columns the unit hid (docs/schema.md, hidden columns), alike in every format that can hide one. Before, an XML
/// spreadsheet and a web page did not know a hidden column at all: last month's 完成进度, hidden left of this month's, was
/// read instead of it (of two columns alike the left one is read); in every format a hidden column read as the only source
/// of its data was read without a word, a hidden column of an unknown name was listed among the unknown names as if shown,
/// and a hidden column naming the report month gave way to a shown one naming another month.
/// </summary>
public sealed class HiddenColumnsTests : IDisposable
{
    private static readonly ReadOptions June = new() { ReportMonthOf = _ => new ReportMonth(2024, 6) };

    private readonly ReadingFiles _files = new();

    public void Dispose() => _files.Dispose();

    /// <summary>
    /// Columns A–J: 序号, 改革任务, 牵头单位, 完成进度 (D, hidden: last month's), 完成进度 (E), 5月进展情况 (F, hidden),
    /// 6月进展情况 (G), 责任领导 (H, hidden, the only leader column), 辅助列 (I, hidden, a helper column of no known name),
    /// 备注 (J, hidden, a remark: never read, shown or not). Rows: 1 header; 2 a section row merged across; 3–4 tasks.
    /// </summary>
    private static readonly HiddenColumnSheet Ledger = new(
        HiddenColumnSheet.Sheet,
        [
            ["序号", "改革任务", "牵头单位", "完成进度", "完成进度", "5月进展情况", "6月进展情况", "责任领导", "辅助列", "备注"],
            ["一、经济体制改革专项小组"],
            ["1", "改革甲", "县发改局", "40%", "60%", "开展调研", "已出台方案", "张副县长", "甲1", "已报分管领导"],
            ["2", "改革乙", "县财政局", "10%", "30%", "摸底", "征求意见", "李副县长", "乙1", null],
        ],
        new HashSet<int> { 3, 5, 7, 8, 9 });

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    [InlineData("ods")]
    [InlineData("xml")]
    [InlineData("html")]
    public async Task Read_HiddenColumnsBesideShownOnes_ReadsTheShownAndNamesEveryHiddenOneWithItsLetter(string format)
    {
        var path = Ledger.Write(_files, format);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path, June));

        // By hand: the shown E and G are this month's, so 60%/30% and 已出台方案/征求意见; the hidden H is the only leader column,
        // so it is read; I and J are not read.
        const string economy = "经济体制改革专项小组";
        Assert.Equal(2, table.Rows.Count);
        RowAssert.Cells(table.Rows[0], 3, economy,
            (SeqNo, "1"), (CanonicalColumn.Task, "改革甲"), (LeadUnit, "县发改局"), (ProgressPct, "60%"), (ProgressText, "已出台方案"), (Leader, "张副县长"));
        RowAssert.Cells(table.Rows[1], 4, economy,
            (SeqNo, "2"), (CanonicalColumn.Task, "改革乙"), (LeadUnit, "县财政局"), (ProgressPct, "30%"), (ProgressText, "征求意见"), (Leader, "李副县长"));

        // Four warnings on the header's row 1: the two hidden duplicates (the narrative's first: the progress figure, written
        // plain, is placed after it), the hidden column read, the hidden column not known. 备注 is not named: it is never read.
        Assert.Equal(
            [
                (1, "5月进展情况", string.Empty, "隐藏列“5月进展情况”（F列）与可见列“6月进展情况”（G列）都对应“进展情况”，按可见列为本月所填的规则采用可见列，忽略隐藏列（常见于隐藏了上月的列）。如隐藏列才是本月所填，请删除上月的列后重新报送。"),
                (1, "完成进度", string.Empty, "隐藏列“完成进度”（D列）与可见列“完成进度”（E列）都对应“完成进度”，按可见列为本月所填的规则采用可见列，忽略隐藏列（常见于隐藏了上月的列）。如隐藏列才是本月所填，请删除上月的列后重新报送。"),
                (1, "责任领导", string.Empty, "“责任领导”列（H列）处于隐藏状态（在 Excel 中看不到），本表没有其他列对应“责任领导”，已照常读取该列。请核对其内容是否为本月所填；如是上月留下、不应再读取的列，请删除（而不是隐藏）后重新报送，如是本月所填，请取消隐藏。"),
                (1, string.Empty, "辅助列", "本表有1列处于隐藏状态（在 Excel 中看不到），列名未能识别，未读取：I列“辅助列”。如其中有需要报送的内容，请取消隐藏并改用已知列名（或用 --map 列映射文件指定）；如是不再使用的辅助列，请删除后重新报送。"),
            ],
            table.Issues.Select(i => (i.Row, i.Column, i.Value, i.Message)));
        Assert.All(table.Issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        Assert.All(table.Issues, i => Assert.Equal(path, i.File));
    }

    /// <summary>Columns A–E: 序号, 改革任务, 牵头单位, 5月进展情况 (D), 6月进展情况 (E, hidden). Rows: 1 header; 2 a task.</summary>
    private static readonly HiddenColumnSheet MonthLedger = new(
        HiddenColumnSheet.Sheet,
        [
            ["序号", "改革任务", "牵头单位", "5月进展情况", "6月进展情况"],
            ["1", "改革甲", "县发改局", "开展调研", "已出台方案"],
        ],
        new HashSet<int> { 4 });

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xls")]
    [InlineData("ods")]
    [InlineData("xml")]
    [InlineData("html")]
    public async Task Read_HiddenColumnNamingTheReportMonth_IsReadBeforeAShownOneNamingAnother(string format)
    {
        var path = MonthLedger.Write(_files, format);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path, June));

        // June's ledger: the hidden E names June, the shown D May; the month tells them apart, so E is read.
        RowAssert.Cells(Assert.Single(table.Rows), 2, null, (SeqNo, "1"), (CanonicalColumn.Task, "改革甲"), (LeadUnit, "县发改局"), (ProgressText, "已出台方案"));
        var issue = Assert.Single(table.Issues);
        Assert.Equal(
            (1, "5月进展情况", IssueSeverity.Warning, "可见列“5月进展情况”（D列）与隐藏列“6月进展情况”（E列）都对应“进展情况”，本表是2024年6月的台账，已采用写明该月的隐藏列“6月进展情况”，忽略可见列“5月进展情况”。该列在 Excel 中看不到，请核对所填是否为本月的情况；如是，请取消隐藏并删除上月的列后重新报送。"),
            (issue.Row, issue.Column, issue.Severity, issue.Message));
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("xml")]
    [InlineData("html")]
    public async Task Read_HiddenColumnNamingAMonth_WhenTheReportMonthIsNotKnown_GivesWayToTheShownOne(string format)
    {
        var path = MonthLedger.Write(_files, format);

        var table = Assert.Single(await ReadingFiles.ReadAsync(path));

        // No month known: nothing tells D and E apart, so the shown D is this month's.
        RowAssert.Cells(Assert.Single(table.Rows), 2, null, (SeqNo, "1"), (CanonicalColumn.Task, "改革甲"), (LeadUnit, "县发改局"), (ProgressText, "开展调研"));
        var issue = Assert.Single(table.Issues);
        Assert.Equal((1, "6月进展情况"), (issue.Row, issue.Column));
        Assert.StartsWith("隐藏列“6月进展情况”（E列）与可见列“5月进展情况”（D列）都对应“进展情况”，按可见列为本月所填的规则采用可见列", issue.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(9, "J")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    [InlineData(16_383, "XFD")]
    public void ColumnLetter_IsAsExcelNamesTheColumn(int column, string letter) => Assert.Equal(letter, ColumnLetter.Of(column));
}
