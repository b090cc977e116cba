using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Reads every sheet of an .xlsx (after <see cref="ZipBombGuard"/>) or .xls workbook with ExcelDataReader. A sheet
/// with a ledger header gives a table; a blank sheet is passed over; a hidden sheet, or a non-blank sheet without
/// a header (a 说明 cover sheet), is skipped with a warning, carried on the first table's issues. When no sheet
/// gives a table the file is refused. A workbook ExcelDataReader cannot read is refused as damaged. A workbook saved as
/// Strict Open XML is read through an ordinary copy (<see cref="StrictOpenXml"/>). The cells of an .xlsx sheet that show an
/// Excel formula error, which ExcelDataReader gives as empty, are found apart (<see cref="WorkbookErrorCells"/>), once per
/// sheet read; those of an .xls, and whether it counts its dates from 1904, from its Workbook stream before it is read
/// (<see cref="BiffWorkbookFacts"/>). Whether an .xlsx counts its dates from 1904 is read apart too
/// (<see cref="OpenXmlDateSystem"/>), for the dates converted here.
/// </summary>
internal static class WorkbookReader
{
    public static IReadOnlyList<LedgerTable> ReadWorkbook(Stream stream, bool openXml, string file, ReadOptions options, CancellationToken ct)
    {
        CodePages.EnsureRegistered();
        if (openXml)
        {
            ZipBombGuard.Check(stream, file, options);
            if (StrictOpenXml.IsStrict(stream))
            {
                using var transitional = StrictOpenXml.ToTransitional(stream);
                return Read(transitional, openXml, file, options, ct);
            }
        }

        return Read(stream, openXml, file, options, ct);
    }

    private static IReadOnlyList<LedgerTable> Read(Stream stream, bool openXml, string file, ReadOptions options, CancellationToken ct)
    {
        stream.Position = 0;
        var tables = new SheetTables(file);
        var sheet = string.Empty;
        using var errors = openXml ? new WorkbookErrorCells(stream) : null;
        var biff = openXml ? BiffWorkbookFacts.None : BiffWorkbookFacts.Read(stream, ct);
        var date1904 = openXml ? OpenXmlDateSystem.Uses1904(stream) : biff.Date1904;
        try
        {
            var config = new ExcelReaderConfiguration { LeaveOpen = true, FallbackEncoding = Encoding.GetEncoding(CodePages.Gb18030) };
            using var reader = openXml ? ExcelReaderFactory.CreateOpenXmlReader(stream, config) : ExcelReaderFactory.CreateBinaryReader(stream, config);
            do
            {
                ct.ThrowIfCancellationRequested();
                sheet = reader.Name ?? string.Empty;
                if (options.SkipHiddenSheets && !IsVisible(reader.VisibleState))
                {
                    tables.Skip(sheet, ReadingMessages.HiddenSheetSkipped);
                    continue;
                }

                var source = new WorkbookSheetSource(reader, errors?.ForSheet(sheet, ct) ?? biff.ForSheet(sheet), date1904);
                tables.Add(LedgerTableParser.Parse(source, file, options, ct), sheet);
            }
            while (reader.NextResult());
        }
        catch (InvalidPasswordException ex)
        {
            throw new LedgerInputException(file, ReadingMessages.PasswordProtected, inner: ex);
        }
        catch (Exception ex) when (ex is not (LedgerInputException or OperationCanceledException or OutOfMemoryException))
        {
            throw new LedgerInputException(file, ReadingMessages.WorkbookCorrupt, sheet: sheet, inner: ex);
        }

        return tables.Finish();
    }

    private static bool IsVisible(string? state) => string.IsNullOrEmpty(state) || state.Equals("visible", StringComparison.OrdinalIgnoreCase);
}
