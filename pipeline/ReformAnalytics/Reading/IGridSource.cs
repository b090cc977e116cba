namespace ReformAnalytics.Reading;

/// <summary>
/// A sheet as rows of cells, read forwards once: one per CSV file, one per workbook sheet. Merged cells are
/// already filled with their top-left value; <see cref="RowNumber"/> is 1-based, as the spreadsheet shows it.
/// </summary>
internal interface IGridSource
{
    string SheetName { get; }

    int RowNumber { get; }

    /// <summary>The cells of the current row; valid until the next <see cref="MoveNext"/>.</summary>
    ReadOnlySpan<CellValue> Current { get; }

    bool MoveNext();

    bool IsColumnHidden(int column);

    /// <summary>Whether the current row is hidden (a workbook's row hidden="1"); false where the source cannot hide a row.</summary>
    bool IsRowHidden { get; }
}
