namespace ReformAnalytics.Reading;

/// <summary>
/// A sheet already held as rows of cells (a table of a web page), merged cells filled; rows numbered from 1.
/// <paramref name="hiddenColumns"/>: which columns the sheet hides, where it says (none by default);
/// <paramref name="firstRowNumber"/>: the number of the first row (title rows put above a Word table are numbered up to 0,
/// so that the table's own rows are numbered from 1 as the office counts them); <paramref name="hiddenRows"/>: the indexes in
/// <paramref name="rows"/> of the rows the sheet hides (none by default).
/// </summary>
internal sealed class GridListSource(string sheetName, IReadOnlyList<CellValue[]> rows, bool[]? hiddenColumns = null, int firstRowNumber = 1, IReadOnlySet<int>? hiddenRows = null) : IGridSource
{
    private int _index = -1;

    public string SheetName { get; } = sheetName;

    public int RowNumber => _index + firstRowNumber;

    public ReadOnlySpan<CellValue> Current => rows[_index];

    public bool MoveNext() => ++_index < rows.Count;

    public bool IsColumnHidden(int column) => hiddenColumns is not null && column < hiddenColumns.Length && hiddenColumns[column];

    public bool IsRowHidden => hiddenRows is not null && hiddenRows.Contains(_index);
}
