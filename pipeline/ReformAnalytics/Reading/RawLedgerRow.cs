namespace ReformAnalytics.Reading;

/// <summary>
/// A task row as read from a sheet, its cells indexed by <see cref="CanonicalColumn"/>
/// (<c>Cells[(int)CanonicalColumn.Task]</c>). <see cref="SectionGroup"/> is the special group named by
/// the nearest section row above (一、经济体制改革专项小组), if any. <see cref="SourceRow"/> is 1-based,
/// as the spreadsheet shows it; <see cref="HeaderNames"/> gives, per canonical column, the header text
/// as written in the file (for error messages), or null when the column is absent.
/// </summary>
public sealed record RawLedgerRow(
    int SourceRow,
    string? SectionGroup,
    CellValue[] Cells,
    string?[] HeaderNames)
{
    public CellValue this[CanonicalColumn column] => Cells[(int)column];

    public bool Has(CanonicalColumn column) => HeaderNames[(int)column] is not null;
}
