using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Sample.Export;

/// <summary>Writes a sheet through the streaming <see cref="XlsxWriter"/>.</summary>
internal sealed class XlsxSheetSink(XlsxWriter writer) : ISheetSink
{
    public int RowCount => writer.RowCount;

    public void WriteRow(ReadOnlySpan<XlsxCell> cells) => writer.WriteRow(cells);

    public void WriteHiddenRow(ReadOnlySpan<XlsxCell> cells) => writer.WriteRow(cells, hidden: true);

    public void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn) => writer.Merge(firstRow, firstColumn, lastRow, lastColumn);
}
