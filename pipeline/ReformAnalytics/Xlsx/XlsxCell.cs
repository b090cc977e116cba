using ReformAnalytics.Model;

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

    /// <summary>A date cell shown as the office writes dates (<see cref="FigureText.Date"/>): 2024年7月31日.</summary>
    public static XlsxCell Day(DateOnly date) => new(XlsxCellKind.Number, null, ToSerial(date), XlsxStyle.ChineseDate);

    /// <summary>
    /// A share 0–1 kept as a number and shown as <see cref="FigureText.Fraction"/> writes it: 0.43 as 43%, 0.625 as
    /// 62.5% (a whole percent without the decimal, so the workbook reads as the report does).
    /// </summary>
    public static XlsxCell Share(double fraction) =>
        new(XlsxCellKind.Number, null, fraction, FigureText.IsWhole(fraction * 100) ? XlsxStyle.WholePercent : XlsxStyle.Percent);

    /// <summary>A figure (percentage points, an average) kept as a number and shown as <see cref="FigureText.Number(double)"/>: 45, 30.3.</summary>
    public static XlsxCell Figure(double value) =>
        new(XlsxCellKind.Number, null, value, FigureText.IsWhole(value) ? XlsxStyle.Whole : XlsxStyle.Decimal);

    public static implicit operator XlsxCell(string? text) => Of(text);

    public static double ToSerial(DateOnly date) => date.DayNumber - new DateOnly(1899, 12, 30).DayNumber;
}
