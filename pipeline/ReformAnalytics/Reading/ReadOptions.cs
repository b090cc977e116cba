using ReformAnalytics.Model;

namespace ReformAnalytics.Reading;

/// <summary>How <see cref="LedgerFileReader"/> reads a file. Defaults suit the office's monthly exports.</summary>
public sealed class ReadOptions
{
    public static readonly ReadOptions Default = new();

    /// <summary>The user's header mapping (<c>--map</c>), consulted before the built-in aliases; null for none.</summary>
    public ColumnMap? ColumnMap { get; init; }

    /// <summary>Largest total unpacked size of a workbook's parts (.xlsx is a zip); larger files are refused.</summary>
    public long MaxUnpackedBytes { get; init; } = 1L << 30;

    /// <summary>
    /// Largest ratio of unpacked to packed size of any workbook part bigger than
    /// <see cref="CompressionRatioFloorBytes"/>. Real sheets pack 5–50 times; a zip bomb packs about 1000 times.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 250;

    /// <summary>Parts smaller than this unpacked are not ratio-checked (tiny parts can pack very well).</summary>
    public long CompressionRatioFloorBytes { get; init; } = 1L << 20;

    /// <summary>How many rows from the top of a sheet are searched for the header.</summary>
    public int HeaderSearchRows { get; init; } = 50;

    /// <summary>Whether hidden sheets of a workbook are skipped (with a warning) rather than read.</summary>
    public bool SkipHiddenSheets { get; init; } = true;

    /// <summary>
    /// When set, called once per table as soon as its header is found; a sink it returns receives the table's
    /// rows as they are read, and the <see cref="LedgerTable"/> comes back with no rows of its own
    /// (<see cref="LedgerTable.StreamedTo"/> names the sink). Ingest uses it to normalise while reading, so a
    /// large sheet's raw rows never pile up. Null from the call keeps the rows in the table as usual.
    /// </summary>
    public Func<TableHeading, IRawRowSink?>? RowSinks { get; init; }

    /// <summary>
    /// When set, called once per table as soon as its header is found: the report month its heading (file, sheet, title)
    /// says, or --month, null when not known yet. Of two progress columns of one kind (7月完成进度, 8月完成进度), the one
    /// naming that month is read. Null: the columns' own order decides.
    /// </summary>
    public Func<TableHeading, ReportMonth?>? ReportMonthOf { get; init; }

    /// <summary>These options with <see cref="RowSinks"/> set, and <see cref="ReportMonthOf"/> when given.</summary>
    public ReadOptions WithRowSinks(Func<TableHeading, IRawRowSink?> rowSinks, Func<TableHeading, ReportMonth?>? reportMonthOf = null) => new()
    {
        ReportMonthOf = reportMonthOf ?? ReportMonthOf,
        ColumnMap = ColumnMap,
        MaxUnpackedBytes = MaxUnpackedBytes,
        MaxCompressionRatio = MaxCompressionRatio,
        CompressionRatioFloorBytes = CompressionRatioFloorBytes,
        HeaderSearchRows = HeaderSearchRows,
        SkipHiddenSheets = SkipHiddenSheets,
        RowSinks = rowSinks,
    };

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        if (MaxUnpackedBytes <= 0)
        {
            throw new ArgumentException($"MaxUnpackedBytes 必须大于0（当前为{MaxUnpackedBytes}）。", nameof(MaxUnpackedBytes));
        }

        if (!(MaxCompressionRatio >= 1))
        {
            throw new ArgumentException($"MaxCompressionRatio 必须不小于1（当前为{MaxCompressionRatio}）。", nameof(MaxCompressionRatio));
        }

        if (CompressionRatioFloorBytes < 0)
        {
            throw new ArgumentException($"CompressionRatioFloorBytes 不能为负数（当前为{CompressionRatioFloorBytes}）。", nameof(CompressionRatioFloorBytes));
        }

        if (HeaderSearchRows is < 2 or > 10_000)
        {
            throw new ArgumentException($"HeaderSearchRows 必须在2到10000之间（当前为{HeaderSearchRows}）。", nameof(HeaderSearchRows));
        }
    }
}
