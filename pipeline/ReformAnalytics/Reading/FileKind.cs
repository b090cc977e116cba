namespace ReformAnalytics.Reading;

/// <summary>What a file's first bytes say it is, whatever its extension.</summary>
internal enum FileKind
{
    Empty,

    /// <summary>A zip package: .xlsx (or a misnamed one).</summary>
    OpenXml,

    /// <summary>An OpenDocument spreadsheet (.ods): a zip package that names its type in its first entry.</summary>
    OpenDocument,

    /// <summary>An OLE2 compound file: a BIFF .xls (or an encrypted .xlsx, or a Word .doc).</summary>
    Compound,

    Pdf,

    /// <summary>A web page saved with a spreadsheet extension (some systems export .xls this way).</summary>
    Html,

    /// <summary>An Excel 2003 XML spreadsheet (report tools export .xls this way).</summary>
    SpreadsheetXml,

    /// <summary>Anything else: read as delimited text.</summary>
    Text,
}
