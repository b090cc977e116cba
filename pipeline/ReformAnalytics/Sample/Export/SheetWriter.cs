using ReformAnalytics.Model;
using ReformAnalytics.Sample.Simulation;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Sample.Export;

/// <summary>Writes a planned file (a workbook of one or more ledger tables, or a CSV) and describes it for the manifest.</summary>
internal static class SheetWriter
{
    public static SampleFile Write(
        string root,
        PlannedFile file,
        ReportMonth month,
        int seed,
        Func<PlannedSheet, IReadOnlyList<SampleTask>> tasksOf,
        Func<SampleTask, TaskMonthRow?> rowOf,
        Action<PlannedSheet, SampleTask, int> onTaskRow,
        CancellationToken ct)
    {
        var path = Path.Combine(root, file.FileName.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var sheets = new List<SampleSheet>(file.Sheets.Count);
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            if (file.Encoding == FileEncoding.Xlsx)
            {
                using var workbook = new XlsxWriter(stream);
                foreach (var sheet in file.Sheets)
                {
                    workbook.StartSheet(sheet.Name, Options(sheet.Layout));
                    var rows = Renderer(sheet, month, seed, onTaskRow).Render(new XlsxSheetSink(workbook), tasksOf(sheet), rowOf, ct);
                    sheets.Add(new SampleSheet(sheet.Name, sheet.Ledger, rows, sheet.Layout.Features()));
                }
            }
            else
            {
                using var writer = new StreamWriter(stream, FileEncodings.Of(file.Encoding), 1 << 16);
                var sheet = file.Sheets[0];
                var rows = Renderer(sheet, month, seed, onTaskRow).Render(new CsvSheetSink(writer, file.Delimiter), tasksOf(sheet), rowOf, ct);
                sheets.Add(new SampleSheet(sheet.Name, sheet.Ledger, rows, sheet.Layout.Features()));
            }
        }

        var delimiter = file.Encoding == FileEncoding.Xlsx ? string.Empty : file.Delimiter.ToString();
        return new SampleFile(file.FileName, month, FileEncodings.Name(file.Encoding), delimiter, file.IsCorrection, sheets);
    }

    private static SheetRenderer Renderer(PlannedSheet sheet, ReportMonth month, int seed, Action<PlannedSheet, SampleTask, int> onTaskRow) =>
        new(sheet.Layout, StableSeed.Create(seed, "render", (int)sheet.Ledger, month.Year, month.Month))
        {
            OnTaskRow = (task, row) => onTaskRow(sheet, task, row),
        };

    private static XlsxSheetOptions Options(SheetLayout layout)
    {
        var headerRows = layout.Titles.Count + (layout.TwoRowHeader ? 2 : 1);
        return new XlsxSheetOptions
        {
            ColumnWidths = layout.Columns.Select(c => c.Width).ToArray(),
            HiddenColumns = layout.Columns.Select((c, i) => (c, i)).Where(p => p.c.Hidden).Select(p => p.i).ToHashSet(),
            FreezeRows = headerRows,
            RepeatRowsOnPrint = headerRows,
            Landscape = true,
        };
    }
}
