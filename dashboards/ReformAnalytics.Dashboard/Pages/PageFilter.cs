using System.Text;
using ReformAnalytics.Dashboard.Html;
using ReformAnalytics.Model;

namespace ReformAnalytics.Dashboard.Pages;

/// <summary>
/// The filters of a page, kept in the address so a view can be shared: report month (<c>month=2024-06</c>),
/// ledger (<c>ledger=overall</c>), special group (<c>group=</c>), lead unit (<c>unit=</c>).
/// </summary>
internal sealed record PageFilter(ReportMonth? Month, string? Ledger, string? Group, string? Unit)
{
    public static readonly string[] Keys = ["month", "ledger", "group", "unit"];

    public static PageFilter From(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new PageFilter(
            Format.ParseMonth(query["month"].ToString()),
            Clean(query["ledger"].ToString()),
            Clean(query["group"].ToString()),
            Clean(query["unit"].ToString()));
    }

    /// <summary>The query string for links that keep these filters, e.g. <c>?month=2024-06&amp;ledger=overall</c>.</summary>
    public string Query(bool keepGroupAndUnit = true)
    {
        var pairs = new List<(string, string)>();
        if (Month is { } m)
        {
            pairs.Add(("month", m.ToString()));
        }

        if (Ledger is { } l)
        {
            pairs.Add(("ledger", l));
        }

        if (keepGroupAndUnit && Group is { } g)
        {
            pairs.Add(("group", g));
        }

        if (keepGroupAndUnit && Unit is { } u)
        {
            pairs.Add(("unit", u));
        }

        return ToQuery(pairs);
    }

    /// <summary>
    /// The columns this filter holds to one value on a page that offers it (<paramref name="offered"/>): the ledger when one
    /// ledger is chosen, the group, the unit. Shown on every row they only took width from the task names.
    /// </summary>
    public IEnumerable<string> FixedColumns(FilterBar.Fields offered)
    {
        if (offered.HasFlag(FilterBar.Fields.Ledger) && Ledger is not null)
        {
            yield return "ledger";
        }

        if (offered.HasFlag(FilterBar.Fields.Group) && Group is not null)
        {
            yield return "special_group";
        }

        if (offered.HasFlag(FilterBar.Fields.Unit) && Unit is not null)
        {
            yield return "lead_unit";
        }
    }

    public static string ToQuery(IEnumerable<(string Key, string Value)> pairs)
    {
        var sb = new StringBuilder();
        foreach (var (key, value) in pairs)
        {
            sb.Append(sb.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        }

        return sb.ToString();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
