namespace ReformAnalytics.Dashboard.Pages;

/// <summary>
/// Special groups in the order the office's ledger lists them (the view group_order and its macro group_ordinal,
/// Database/group_order.sql: the one definition the CLI, the report and the notebooks read too), as the ORDER BY term
/// of a page's query; by name in a database written before the view existed.
/// </summary>
internal static class GroupOrder
{
    public const string View = "group_order";

    /// <summary>
    /// <c>group_ordinal("month", "group") NULLS LAST, "group"</c>: the groups of each row's month in its ledger's order, a
    /// row without a group last. <paramref name="when"/> (<c>"dimension" = 'group'</c>) limits the ledger's order to the
    /// rows it holds for; the others stay in name order.
    /// </summary>
    public static string Term(PageContext ctx, string monthColumn, string groupColumn, string? when = null)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        var group = Quote(groupColumn);
        if (PageData.Relation(ctx, View) is null)
        {
            return group + " NULLS LAST";
        }

        var ordinal = $"group_ordinal({Quote(monthColumn)}, {group})";
        return (when is null ? ordinal : $"CASE WHEN {when} THEN {ordinal} END") + $" NULLS LAST, {group} NULLS LAST";
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
