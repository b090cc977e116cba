namespace ReformAnalytics.Sample.Export;

/// <summary>How a file is written: a workbook, or CSV in one of the encodings offices save in.</summary>
internal enum FileEncoding
{
    Xlsx,

    /// <summary>UTF-8 without BOM.</summary>
    Utf8,

    /// <summary>UTF-8 with BOM (Excel's "CSV UTF-8").</summary>
    Utf8Bom,

    /// <summary>GB18030 (WPS and Excel on Chinese Windows), no BOM.</summary>
    Gb18030,

    /// <summary>UTF-16 little-endian with BOM, tab-separated (Excel's "Unicode 文本").</summary>
    Utf16,

    /// <summary>A table in a Word document (.docx), as a unit types its return.</summary>
    Docx,

    /// <summary>An OpenDocument spreadsheet (.ods), as LibreOffice saves one.</summary>
    Ods,
}
