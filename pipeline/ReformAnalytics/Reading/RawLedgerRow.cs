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
    /// <summary>
    /// The heading of the task this row is a sub-task of, as written: a numbered row its 序号 extends (1 深化教育改革 over 1.1),
    /// or a section row below the group's heading (（一）深化国资国企改革 under 一、经济体制改革专项小组), its ordinal removed; null for none.
    /// </summary>
    public string? TaskHeading { get; init; }

    public CellValue this[CanonicalColumn column] => Cells[(int)column];

    public bool Has(CanonicalColumn column) => HeaderNames[(int)column] is not null;
}
