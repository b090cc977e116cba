namespace ReformAnalytics.Reading;

/// <summary>A row kept aside while the header is searched for; <paramref name="Hidden"/> when the sheet hides it.</summary>
internal sealed record GridRow(int RowNumber, CellValue[] Cells, bool Hidden = false)
{
    public CellValue this[int column] => column < Cells.Length ? Cells[column] : CellValue.Empty;

    public bool IsBlank => CellText.IsBlankRow(Cells);
}
