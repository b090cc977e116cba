namespace ReformAnalytics.Xlsx;

/// <summary>Layout of one sheet: column widths (characters), hidden columns, frozen and printed-on-every-page header rows.</summary>
public sealed class XlsxSheetOptions
{
    public IReadOnlyList<double> ColumnWidths { get; init; } = [];

    public IReadOnlySet<int> HiddenColumns { get; init; } = new HashSet<int>();

    /// <summary>Rows frozen at the top when scrolling (0 = none).</summary>
    public int FreezeRows { get; init; }

    /// <summary>Rows (1-based, from the top) repeated on every printed page; 0 = none.</summary>
    public int RepeatRowsOnPrint { get; init; }

    public bool Landscape { get; init; }
}
