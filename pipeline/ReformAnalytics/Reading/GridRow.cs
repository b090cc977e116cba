namespace ReformAnalytics.Reading;

/// <summary>A row kept aside while the header is searched for.</summary>
internal sealed record GridRow(int RowNumber, CellValue[] Cells)
{
    public CellValue this[int column] => column < Cells.Length ? Cells[column] : CellValue.Empty;

    public bool IsBlank => CellText.IsBlankRow(Cells);
}
