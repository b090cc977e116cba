using System.Collections;
using System.Globalization;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Html;

namespace ReformAnalytics.Dashboard.Export;

/// <summary>One value as a download writes it: a number stays a number, a date a date, everything else text.</summary>
internal readonly record struct ExportCell(string? Text, double? Number, DateOnly? Date)
{
    public static ExportCell From(string column, object? value, ExportStyle style)
    {
        switch (value)
        {
            case null or DBNull:
                return default;
            case DateTime or DateOnly:
                var date = DbValues.AsDate(value)!.Value;
                return style == ExportStyle.Labelled && CellText.IsMonthColumn(column) ? OfText(CellText.Plain(column, value)) : new ExportCell(null, null, date);
            case double d when double.IsNaN(d) || double.IsInfinity(d):
                return OfText(d.ToString(CultureInfo.InvariantCulture));
            case double or float or decimal or long or int or short or byte or ulong or uint or System.Numerics.BigInteger:
                return new ExportCell(null, DbValues.AsDouble(value), null);
            case bool b:
                return OfText(style == ExportStyle.Labelled ? (b ? "是" : "否") : (b ? "true" : "false"));
            case string s:
                return OfText(style == ExportStyle.Labelled ? CellText.Plain(column, s) : s);
            case IEnumerable list when style == ExportStyle.Raw:
                return OfText("[" + string.Join(", ", list.Cast<object?>().Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))) + "]");
            default:
                return OfText(style == ExportStyle.Labelled ? CellText.Plain(column, value) : Convert.ToString(value, CultureInfo.InvariantCulture));
        }
    }

    private static ExportCell OfText(string? text) => new(text is null ? null : FormulaGuard.Escape(text), null, null);
}
