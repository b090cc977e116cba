using ReformAnalytics.Model;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Ingest;

/// <summary>Writes the issues of a check as an .xlsx the office can send back to the units: one sheet, one row per issue.</summary>
public static class IssueWorkbook
{
    private static readonly string[] Headers = ["文件", "工作表", "行号", "列", "单元格内容", "问题说明", "类别"];

    public static void Write(string path, IReadOnlyList<IngestIssue> issues, string title)
    {
        ArgumentNullException.ThrowIfNull(issues);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using var xlsx = new XlsxWriter(stream, XlsxWriter.OurApplication);
        xlsx.StartSheet("问题清单", new XlsxSheetOptions
        {
            ColumnWidths = [34, 14, 8, 16, 30, 60, 8],
            FreezeRows = 2,
            RepeatRowsOnPrint = 2,
            Landscape = true,
        });
        xlsx.WriteRow(XlsxCell.Of(title, XlsxStyle.Title));
        xlsx.Merge(1, 1, 1, Headers.Length);
        xlsx.WriteRow([.. Headers.Select(h => XlsxCell.Of(h, XlsxStyle.Header))]);
        foreach (var i in issues.OrderBy(i => i.File, StringComparer.Ordinal).ThenBy(i => i.Sheet, StringComparer.Ordinal).ThenBy(i => i.Row))
        {
            xlsx.WriteRow(
                XlsxCell.Of(i.FileLabel),
                XlsxCell.Of(i.Sheet),
                i.Row > 0 ? XlsxCell.Of(i.Row) : XlsxCell.Blank,
                XlsxCell.Of(i.Column),
                XlsxCell.Of(i.Value, XlsxStyle.Wrap),
                XlsxCell.Of(i.Message, XlsxStyle.Wrap),
                XlsxCell.Of(i.Severity == IssueSeverity.Error ? "错误" : "提醒"));
        }
    }
}
