using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Sample.Export;

/// <summary>Where a rendered sheet goes: a worksheet of a workbook, or a CSV file.</summary>
internal interface ISheetSink
{
    /// <summary>Rows written so far; the next row's 1-based number is this plus one.</summary>
    int RowCount { get; }

    void WriteRow(ReadOnlySpan<XlsxCell> cells);

    /// <summary>Writes a row the sheet hides; where nothing can be hidden (a CSV, a Word table), a row like any other.</summary>
    void WriteHiddenRow(ReadOnlySpan<XlsxCell> cells) => WriteRow(cells);

    /// <summary>Merges a block (1-based, inclusive); a CSV has no merges and ignores it.</summary>
    void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn);
}
