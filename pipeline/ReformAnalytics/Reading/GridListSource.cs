namespace ReformAnalytics.Reading;

/// <summary>
/// A sheet already held as rows of cells (a table of a web page), merged cells filled; rows numbered from 1.
/// <paramref name="hiddenColumns"/>: which columns the sheet hides, where it says (none by default).
/// </summary>
internal sealed class GridListSource(string sheetName, IReadOnlyList<CellValue[]> rows, bool[]? hiddenColumns = null) : IGridSource
{
    private int _index = -1;

    public string SheetName { get; } = sheetName;

    public int RowNumber => _index + 1;

    public ReadOnlySpan<CellValue> Current => rows[_index];

    public bool MoveNext() => ++_index < rows.Count;

    public bool IsColumnHidden(int column) => hiddenColumns is not null && column < hiddenColumns.Length && hiddenColumns[column];
}
