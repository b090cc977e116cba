namespace ReformAnalytics.Reading;

/// <summary>A sheet already held as rows of cells (a table of a web page), merged cells filled; rows numbered from 1.</summary>
internal sealed class GridListSource(string sheetName, IReadOnlyList<CellValue[]> rows) : IGridSource
{
    private int _index = -1;

    public string SheetName { get; } = sheetName;

    public int RowNumber => _index + 1;

    public ReadOnlySpan<CellValue> Current => rows[_index];

    public bool MoveNext() => ++_index < rows.Count;

    public bool IsColumnHidden(int column) => false;
}
