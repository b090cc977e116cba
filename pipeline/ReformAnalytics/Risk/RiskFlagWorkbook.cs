using System.Globalization;
using ReformAnalytics.Model;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Risk;

/// <summary>
/// Writes the 督察前风险清单 (pre-inspection risk list) as a workbook laid out for printing: a title, a line with the
/// status date and what the probability means, Chinese headers repeated on every printed page, landscape A4, and a
/// closing note on how the list was made.
/// </summary>
internal static class RiskFlagWorkbook
{
    private const int HeaderRows = 3;

    private static readonly (string Header, double Width)[] Columns =
    [
        ("风险排名", 6), ("台账", 12), ("改革任务", 34), ("专项小组", 16), ("牵头单位", 14), ("责任领导", 8),
        ("完成时限", 14), ("实际进度", 8), ("计划进度", 8), ("报告状态", 10), ("滞后概率", 8), ("主要原因", 60),
    ];

    public static async Task<string> WriteAsync(
        string path,
        ReportMonth asOf,
        int horizon,
        int scored,
        IReadOnlyList<RiskFlag> flags,
        string modelSource,
        CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
        }

        var file = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            using (var book = new XlsxWriter(file, XlsxWriter.OurApplication))
            {
                book.StartSheet("风险清单", new XlsxSheetOptions
                {
                    ColumnWidths = [.. Columns.Select(c => c.Width)],
                    FreezeRows = HeaderRows,
                    RepeatRowsOnPrint = HeaderRows,
                    Landscape = true,
                });
                book.WriteRow(XlsxCell.Of($"{asOf.Label}督察前风险清单", XlsxStyle.Title));
                book.Merge(1, 1, 1, Columns.Length);
                book.WriteRow(XlsxCell.Of(string.Create(
                    CultureInfo.InvariantCulture,
                    $"统计截至{FigureText.Date(asOf.StatusDate)}；在办任务{scored}项中未来{horizon}个月内滞后可能性最大的{flags.Count}项")));
                book.Merge(2, 1, 2, Columns.Length);
                book.WriteRow([.. Columns.Select(c => XlsxCell.Of(c.Header, XlsxStyle.Header))]);
                foreach (var flag in flags)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    book.WriteRow(
                        XlsxCell.Of(flag.Rank),
                        XlsxCell.Of(LedgerNames.LabelOf(flag.Ledger), XlsxStyle.Wrap),
                        XlsxCell.Of(TaskLabel.Of(flag.TaskHeading, flag.TaskName), XlsxStyle.Wrap),
                        XlsxCell.Of(flag.SpecialGroup, XlsxStyle.Wrap),
                        XlsxCell.Of(flag.LeadUnit, XlsxStyle.Wrap),
                        XlsxCell.Of(flag.Leader),
                        XlsxCell.Of(flag.DeadlineText ?? (flag.Deadline is { } due ? FigureText.Date(due) : null), XlsxStyle.Wrap),
                        flag.ActualPct is { } a ? XlsxCell.Share(a / 100) : XlsxCell.Of("未填"),
                        flag.PlannedPct is { } p ? XlsxCell.Share(p / 100) : XlsxCell.Blank,
                        XlsxCell.Of(flag.StatusText),
                        XlsxCell.Of(flag.Probability, XlsxStyle.WholePercent),
                        XlsxCell.Of(string.Join("\n", flag.Reasons.Select((r, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {r.Text}"))), XlsxStyle.Wrap));
                }

                book.WriteRow(XlsxCell.Of(Note(horizon, modelSource), XlsxStyle.Wrap));
                book.Merge(book.RowCount, 1, book.RowCount, Columns.Length);
            }

            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return full;
    }

    private static string Note(int horizon, string modelSource) => string.Create(
        CultureInfo.InvariantCulture,
        $"注：滞后概率指任务在此后{horizon}个月内任一月逾期、亮红灯或到期未完成的可能性，由梯度提升树模型根据截至统计日已知的台账历史估计（{modelSource}）；"
        + $"已逾期或已亮红灯的任务已在负面清单中，不再列入。主要原因按对该任务风险贡献最大的因素列出。");
}
