using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>
/// The reading stage's entry point: a ledger file (.xlsx, .xls, .ods, .csv, .txt, the tables of a Word .docx, or a web page or an Excel 2003 XML
/// spreadsheet saved as .xls, or a WPS .et saved compatible with Excel; the kind is told from the content, not the extension) in, its ledger tables out, one per CSV file or per workbook sheet holding a ledger.
/// A file that cannot be taken at all throws <see cref="LedgerInputException"/> with a Chinese message saying what
/// is wrong and how to fix it; problems with single rows or sheets come back in <see cref="LedgerTable.Issues"/>.
/// </summary>
public static class LedgerFileReader
{
    private static readonly string[] OtherOfficeExtensions = [".doc", ".ppt", ".msg", ".pptx"];

    public static Task<IReadOnlyList<LedgerTable>> ReadAsync(string path, ReadOptions options, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return Task.Run(() => Read(path, options, ct), ct);
    }

    private static IReadOnlyList<LedgerTable> Read(string path, ReadOptions options, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new LedgerInputException(path, ReadingMessages.FileMissing);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (OtherOfficeExtensions.Contains(extension))
        {
            throw new LedgerInputException(path, ReadingMessages.Unsupported(extension));
        }

        var kind = FileSniffer.Sniff(stream);
        if (extension == ".et")
        {
            return ReadWps(stream, kind, path, options, ct);
        }

        return kind switch
        {
            FileKind.Empty => throw new LedgerInputException(path, ReadingMessages.EmptyFile),
            FileKind.OpenDocument => OdsReader.Read(stream, path, options, ct),
            FileKind.OpenXml when extension == ".ods" => OdsReader.Read(stream, path, options, ct),
            FileKind.OpenXml when extension == ".docx" => DocxTableReader.Read(stream, path, options, ct),
            FileKind.OpenXml => WorkbookReader.ReadWorkbook(stream, openXml: true, path, options, ct),
            FileKind.Compound => WorkbookReader.ReadWorkbook(stream, openXml: false, path, options, ct),
            FileKind.Pdf => throw new LedgerInputException(path, ReadingMessages.Unsupported("PDF")),
            FileKind.Html => HtmlTableReader.Read(stream, path, options, ct),
            FileKind.SpreadsheetXml => SpreadsheetXmlReader.Read(stream, path, options, ct),
            _ when extension is ".xlsx" or ".xlsm" => throw new LedgerInputException(path, ReadingMessages.WorkbookCorrupt),
            _ => ReadText(stream, path, options, ct),
        };
    }

    /// <summary>
    /// WPS keeps an .et as an Excel-compatible workbook (a BIFF compound file, or an Open XML package) with its own extra
    /// parts, which the Excel reader passes over. Anything else in an .et is WPS's own format: refused with what to do.
    /// </summary>
    private static IReadOnlyList<LedgerTable> ReadWps(Stream stream, FileKind kind, string path, ReadOptions options, CancellationToken ct)
    {
        if (kind == FileKind.Empty)
        {
            throw new LedgerInputException(path, ReadingMessages.EmptyFile);
        }

        if (kind is not (FileKind.OpenXml or FileKind.Compound))
        {
            throw new LedgerInputException(path, ReadingMessages.WpsWorkbookUnreadable);
        }

        try
        {
            return WorkbookReader.ReadWorkbook(stream, openXml: kind == FileKind.OpenXml, path, options, ct);
        }
        catch (LedgerInputException ex) when (ex.Message == ReadingMessages.WorkbookCorrupt)
        {
            throw new LedgerInputException(path, ReadingMessages.WpsWorkbookUnreadable, sheet: ex.Sheet, inner: ex);
        }
    }

    private static IReadOnlyList<LedgerTable> ReadText(Stream stream, string path, ReadOptions options, CancellationToken ct)
    {
        var encoding = TextEncodingDetector.Detect(stream, path);
        try
        {
            return ReadText(stream, encoding, path, options, ct);
        }
        catch (TextEncodingMismatchException)
        {
            // The ASCII start made UTF-8 a guess, and a later byte proved it wrong: read it all again as GB18030.
            return ReadText(stream, TextEncodingDetector.Gb18030([], whole: false, path), path, options, ct);
        }
    }

    private static IReadOnlyList<LedgerTable> ReadText(Stream stream, DetectedEncoding encoding, string path, ReadOptions options, CancellationToken ct)
    {
        using var source = new DelimitedTextSource(stream, encoding, path);
        var result = LedgerTableParser.Parse(source, path, options, ct);
        return result.Table switch
        {
            { TaskRowCount: 0 } empty => throw SheetTables.RefuseWithoutTasks(path, [empty]),
            { } table => [table],
            null => throw new LedgerInputException(path, result.IsBlank ? ReadingMessages.EmptyFile : ReadingMessages.NotALedger),
        };
    }
}
