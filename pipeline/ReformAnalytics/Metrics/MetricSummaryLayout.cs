using System.Globalization;
using ReformAnalytics.Model;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Metrics;

/// <summary>The columns of metric_summary shown to people (table and workbook), with Chinese headers.</summary>
internal static class MetricSummaryLayout
{
    private static readonly Column[] Columns =
    [
        new("分组", 24, r => GroupLabel(r), r => XlsxCell.Of(GroupLabel(r))),
        new("任务数", 8, r => Count(r.Tasks), r => XlsxCell.Of(r.Tasks)),
        new("有时限", 8, r => Count(r.DeadlineTasks), r => XlsxCell.Of(r.DeadlineTasks)),
        new("已完成", 8, r => Count(r.Completed), r => XlsxCell.Of(r.Completed)),
        new("完成率", 9, r => Percent(r.CompletionRatePct), r => PercentCell(r.CompletionRatePct)),
        new("按期完成率", 11, r => Percent(r.OnTimeRatePct), r => PercentCell(r.OnTimeRatePct)),
        new("滞后", 7, r => Count(r.Behind), r => XlsxCell.Of(r.Behind)),
        new("逾期", 7, r => Count(r.Overdue), r => XlsxCell.Of(r.Overdue)),
        new("停滞", 7, r => Count(r.Stalled), r => XlsxCell.Of(r.Stalled)),
        new("平均滞后(百分点)", 10, r => Points(r.AvgLagPp), r => NumberCell(r.AvgLagPp)),
        new("红灯", 6, r => Count(r.Red), r => XlsxCell.Of(r.Red)),
        new("黄灯", 6, r => Count(r.Amber), r => XlsxCell.Of(r.Amber)),
        new("绿灯", 6, r => Count(r.Green), r => XlsxCell.Of(r.Green)),
        new("完成率较上月(百分点)", 12, r => Change(r.CompletionRateChangeMonthPp), r => NumberCell(r.CompletionRateChangeMonthPp)),
        new("完成率较上季度末(百分点)", 12, r => Change(r.CompletionRateChangeQuarterPp), r => NumberCell(r.CompletionRateChangeQuarterPp)),
        new("长期任务(未计入)", 10, r => Count(r.OpenEndedExcluded), r => XlsxCell.Of(r.OpenEndedExcluded)),
        new("无时限(未计入)", 10, r => Count(r.NoDeadlineExcluded), r => XlsxCell.Of(r.NoDeadlineExcluded)),
    ];

    public static IReadOnlyList<string> Headers { get; } = [.. Columns.Select(c => c.Header)];

    public static string Title(ReportMonth asOf, MetricGrouping by) => string.Create(
        CultureInfo.InvariantCulture,
        $"{asOf.Label}改革任务指标汇总（{(by == MetricGrouping.All ? "全部任务" : "按" + MetricGroupingNames.Label(by))}，截至{asOf.StatusDateLabel}）");

    /// <summary>The note every output carries: what was left out of the deadline-based rates, and how rates are formed.</summary>
    public static string Note(IReadOnlyList<MetricSummaryRow> rows) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"注：长期任务{rows.Sum(r => r.OpenEndedExcluded)}项、无完成时限任务{rows.Sum(r => r.NoDeadlineExcluded)}项未计入按时限统计的指标（完成率、按期完成率、滞后、逾期、平均滞后）。")
        + "完成率＝已完成÷有时限任务；按期完成率＝按期完成÷（已完成＋到期未完成）；滞后指计划进度与实际进度之差达到黄灯线；较上季度末为与上季度最后一个月相比。"
        + (rows.Count > 0 && rows[0].ReportMonth.Month <= 3
            ? (rows[0].ReportMonth.Month == 1 ? "1月为新年度台账，不与上年12月比较，也不与上年第四季度末比较。" : "第一季度为新年度台账，不与上年第四季度末比较。")
            : string.Empty);

    public static IReadOnlyList<string> TextCells(MetricSummaryRow row) => [.. Columns.Select(c => c.Text(row))];

    public static XlsxCell[] Cells(MetricSummaryRow row) => [.. Columns.Select(c => c.Cell(row))];

    public static IReadOnlyList<double> Widths { get; } = [.. Columns.Select(c => c.Width)];

    private static string GroupLabel(MetricSummaryRow row) =>
        row.Dimension == "ledger" ? LedgerNames.LabelOf(row.GroupName) : row.GroupName;

    private static string Count(int value) => FigureText.Count(value);

    private static string Percent(double? value) => FigureText.Percent(value);

    private static string Points(double? value) => FigureText.Number(value);

    private static string Change(double? value) => FigureText.SignedPoints(value);

    private static XlsxCell PercentCell(double? value) => value is { } v ? XlsxCell.Share(v / 100) : XlsxCell.Of(FigureText.Missing);

    private static XlsxCell NumberCell(double? value) => value is { } v ? XlsxCell.Figure(v) : XlsxCell.Of(FigureText.Missing);

    private sealed record Column(string Header, double Width, Func<MetricSummaryRow, string> Text, Func<MetricSummaryRow, XlsxCell> Cell);
}
