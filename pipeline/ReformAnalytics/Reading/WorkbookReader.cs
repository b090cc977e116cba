using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// Reads every sheet of an .xlsx (after <see cref="ZipBombGuard"/>) or .xls workbook with ExcelDataReader. A sheet
/// with a ledger header gives a table; a blank sheet is passed over; a hidden sheet, or a non-blank sheet without
/// a header (a 说明 cover sheet), is skipped with a warning, carried on the first table's issues. When no sheet
/// gives a table the file is refused. A workbook ExcelDataReader cannot read is refused as damaged.
/// </summary>
internal static class WorkbookReader
{
    public static IReadOnlyList<LedgerTable> Read(Stream stream, bool openXml, string file, ReadOptions options, CancellationToken ct)
    {
        CodePages.EnsureRegistered();
        if (openXml)
        {
            ZipBombGuard.Check(stream, file, options);
        }

        stream.Position = 0;
        var tables = new List<LedgerTable>();
        var skipped = new List<IngestIssue>();
        var withoutHeader = new List<string>();
        var sheet = string.Empty;
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
                    skipped.Add(new IngestIssue(file, sheet, 0, string.Empty, string.Empty, ReadingMessages.HiddenSheetSkipped, IssueSeverity.Warning));
                    continue;
                }

                var result = LedgerTableParser.Parse(new WorkbookSheetSource(reader), file, options, ct);
                if (result.Table is { } table)
                {
                    tables.Add(table);
                }
                else if (!result.IsBlank)
                {
                    withoutHeader.Add(sheet);
                    skipped.Add(new IngestIssue(file, sheet, 0, string.Empty, string.Empty, ReadingMessages.SheetSkippedNoHeader, IssueSeverity.Warning));
                }
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

        if (tables.Count == 0)
        {
            throw withoutHeader.Count switch
            {
                0 => new LedgerInputException(file, ReadingMessages.EmptyWorkbook),
                1 => new LedgerInputException(file, ReadingMessages.NotALedger, sheet: withoutHeader[0]),
                _ => new LedgerInputException(file, ReadingMessages.AllSheetsNoHeader(withoutHeader)),
            };
        }

        if (skipped.Count > 0)
        {
            tables[0] = tables[0] with { Issues = [.. skipped, .. tables[0].Issues] };
        }

        return tables;
    }

    private static bool IsVisible(string? state) => string.IsNullOrEmpty(state) || state.Equals("visible", StringComparison.OrdinalIgnoreCase);
}
