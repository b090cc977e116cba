namespace ReformAnalytics.Xlsx;

/// <summary>A cell for <see cref="XlsxWriter"/>: text, a number, a date or a percent, with a style.</summary>
public readonly record struct XlsxCell(XlsxCellKind Kind, string? Text, double Number, XlsxStyle Style)
{
    public static readonly XlsxCell Blank = new(XlsxCellKind.Blank, null, 0, XlsxStyle.Default);

    public static XlsxCell Of(string? text, XlsxStyle style = XlsxStyle.Default) =>
        text is null ? Blank with { Style = style } : new(XlsxCellKind.Text, text, 0, style);

    public static XlsxCell Of(double number, XlsxStyle style = XlsxStyle.Default) => new(XlsxCellKind.Number, null, number, style);

    /// <summary>A real Excel date cell (a serial number shown as a date).</summary>
    public static XlsxCell Of(DateOnly date) => new(XlsxCellKind.Number, null, ToSerial(date), XlsxStyle.Date);

    /// <summary>A percent cell: <paramref name="fraction"/> 0.8 shows as 80%.</summary>
    public static XlsxCell Percent(double fraction) => new(XlsxCellKind.Number, null, fraction, XlsxStyle.Percent);

    public static implicit operator XlsxCell(string? text) => Of(text);

    public static double ToSerial(DateOnly date) => date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;
}
