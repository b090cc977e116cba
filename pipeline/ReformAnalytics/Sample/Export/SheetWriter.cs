using System.Globalization;
using System.IO.Compression;
using System.Text;
using ReformAnalytics.Model;
using ReformAnalytics.Sample.Simulation;
using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Sample.Export;

/// <summary>
/// Writes a planned file (a workbook of one or more ledger tables, an OpenDocument spreadsheet, a CSV, or a table in a Word
/// document), packed in a zip
/// archive when it is sent so, and describes it for the manifest.
/// </summary>
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
        SampleSheet Render(PlannedSheet sheet, ISheetSink sink)
        {
            var renderer = Renderer(sheet, month, seed, onTaskRow);
            var rows = renderer.Render(sink, tasksOf(sheet), rowOf, ct);
            return new SampleSheet(sheet.Name, sheet.Ledger, rows, [.. sheet.Layout.Features(), .. renderer.Shapes]);
        }

        IReadOnlyList<SampleSheet> sheets;
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            if (file.ArchiveEntry is { } entryName)
            {
                using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true, new UTF8Encoding(false));
                var entry = zip.CreateEntry(entryName, CompressionLevel.Optimal);
                entry.LastWriteTime = XlsxWriter.EntryTime; // fixed, as in the workbooks: the same rows give the same bytes
                using var buffer = new MemoryStream();
                sheets = WriteTables(buffer, file, month, Render);
                using var entryStream = entry.Open();
                buffer.Position = 0;
                buffer.CopyTo(entryStream);
            }
            else
            {
                sheets = WriteTables(stream, file, month, Render);
            }
        }

        var delimiter = file.Encoding is FileEncoding.Xlsx or FileEncoding.Docx or FileEncoding.Ods ? string.Empty : file.Delimiter.ToString();
        return new SampleFile(file.FileName, month, FileEncodings.Name(file.Encoding), delimiter, file.IsCorrection, sheets, file.LeadUnit, file.ArchiveEntry);
    }

    /// <summary>Writes the file's tables into <paramref name="stream"/>, each through <paramref name="render"/> (its task rows written).</summary>
    private static List<SampleSheet> WriteTables(Stream stream, PlannedFile file, ReportMonth month, Func<PlannedSheet, ISheetSink, SampleSheet> render)
    {
        var sheets = new List<SampleSheet>(file.Sheets.Count);
        void Render(PlannedSheet sheet, ISheetSink sink) => sheets.Add(render(sheet, sink));

        if (file.Encoding == FileEncoding.Xlsx)
        {
            using var workbook = new XlsxWriter(stream);
            foreach (var sheet in file.Sheets)
            {
                workbook.StartSheet(sheet.Name, Options(sheet.Layout));
                Render(sheet, new XlsxSheetSink(workbook));
            }
        }
        else if (file.Encoding == FileEncoding.Ods)
        {
            var sheet = new OdsSheetSink();
            Render(file.Sheets[0], sheet);
            sheet.Save(stream, file.Sheets[0].Name, Options(file.Sheets[0].Layout).HiddenColumns);
        }
        else if (file.Encoding == FileEncoding.Docx)
        {
            var document = new DocxSheetSink();
            Render(file.Sheets[0], document);
            document.Save(stream, $"{file.LeadUnit}{month.Year.ToString(CultureInfo.InvariantCulture)}年{month.Month.ToString(CultureInfo.InvariantCulture)}月改革任务推进情况");
        }
        else
        {
            using var writer = new StreamWriter(stream, FileEncodings.Of(file.Encoding), 1 << 16, leaveOpen: true);
            Render(file.Sheets[0], new CsvSheetSink(writer, file.Delimiter));
        }

        return sheets;
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
