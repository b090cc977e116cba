using System.Globalization;
using System.Text;
using ReformAnalytics.Dashboard.Data;
using ReformAnalytics.Dashboard.Pages;

namespace ReformAnalytics.Dashboard.Html;

/// <summary>
/// The filter form at the top of a page. It submits by GET, so the choice lands in the address and can be
/// shared; a little script submits on change, the button does it without script.
/// </summary>
internal static class FilterBar
{
    [Flags]
    public enum Fields
    {
        None = 0,
        Month = 1,
        Ledger = 2,
        Group = 4,
        Unit = 8,
        All = Month | Ledger | Group | Unit,
    }

    public static string Render(DataFacts facts, PageFilter filter, Fields fields, IEnumerable<(string Name, string Value)>? keep = null, string? extraFields = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(filter);
        var sb = new StringBuilder("<form class=\"filters\" method=\"get\">");
        if (fields.HasFlag(Fields.Month))
        {
            var current = filter.Month ?? facts.LatestMonth;
            Select(sb, "month", "填报月份", facts.Months.Select(m => (m.ToString(), Format.Month(m))), current?.ToString(), null);
        }

        if (fields.HasFlag(Fields.Ledger))
        {
            Select(sb, "ledger", "台账", facts.Ledgers.Select(l => (l, CellText.LedgerLabel(l))), filter.Ledger, "全部台账");
        }

        if (fields.HasFlag(Fields.Group))
        {
            Select(sb, "group", "专项小组", facts.Groups.Select(g => (g, g)), filter.Group, "全部专项小组");
        }

        if (fields.HasFlag(Fields.Unit))
        {
            Select(sb, "unit", "牵头单位", facts.Units.Select(u => (u, u)), filter.Unit, "全部单位");
        }

        foreach (var (name, value) in keep ?? [])
        {
            sb.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{HtmlText.Encode(name)}\" value=\"{HtmlText.Encode(value)}\">");
        }

        sb.Append(extraFields).Append("<button type=\"submit\">筛选</button></form>");
        return sb.ToString();
    }

    private static void Select(StringBuilder sb, string name, string label, IEnumerable<(string Value, string Text)> options, string? selected, string? any)
    {
        sb.Append(CultureInfo.InvariantCulture, $"<label>{label}<select name=\"{name}\" data-autosubmit>");
        if (any is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<option value=\"\">{any}</option>");
        }

        foreach (var (value, text) in options)
        {
            var isSelected = string.Equals(value, selected, StringComparison.Ordinal) ? " selected" : string.Empty;
            sb.Append(CultureInfo.InvariantCulture, $"<option value=\"{HtmlText.Encode(value)}\"{isSelected}>{HtmlText.Encode(text)}</option>");
        }

        sb.Append("</select></label>");
    }
}
