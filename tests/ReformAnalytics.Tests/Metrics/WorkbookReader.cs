using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace ReformAnalytics.Tests.Metrics;

/// <summary>Reads a written workbook back, cell text by cell text, to check what a person would see.</summary>
internal static class WorkbookReader
{
    public static List<string?[]> ReadFirstSheet(string path) =>
        ReadCells(path, (reader, i) => reader.GetValue(i) is { } v ? Convert.ToString(v, CultureInfo.InvariantCulture) : null);

    /// <summary>The number format each cell of the first sheet is shown with (“General” for text), to check how Excel shows a figure.</summary>
    public static List<string?[]> ReadFirstSheetFormats(string path) => ReadCells(path, (reader, i) => reader.GetNumberFormatString(i));

    private static List<string?[]> ReadCells(string path, Func<IExcelDataReader, int, string?> cell)
    {
        // ExcelDataReader asks for code page 1252 even for .xlsx
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            var row = new string?[reader.FieldCount];
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[i] = cell(reader, i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>The text of one part of the package (e.g. xl/workbook.xml).</summary>
    public static string Part(string path, string part)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        using var entry = new StreamReader(zip.GetEntry(part)!.Open());
        return entry.ReadToEnd();
    }
}
