namespace ReformAnalytics.Dashboard.Sql;

/// <summary>Whether the console runs a query, and when not, why (Chinese, for the analyst).</summary>
internal readonly record struct GateVerdict(bool Allowed, string? Reason, string? Detail)
{
    public static readonly GateVerdict Allow = new(true, null, null);

    public static GateVerdict Refuse(string reason, string? detail = null) => new(false, reason, detail);
}
