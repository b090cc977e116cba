namespace ReformAnalytics.Metrics;

/// <summary>Schema values (metric_summary.dimension, the <c>--by</c> option) and Chinese labels of <see cref="MetricGrouping"/>.</summary>
public static class MetricGroupingNames
{
    public static string Id(MetricGrouping grouping) => grouping switch
    {
        MetricGrouping.All => "all",
        MetricGrouping.Ledger => "ledger",
        MetricGrouping.Group => "group",
        MetricGrouping.Unit => "unit",
        MetricGrouping.Leader => "leader",
        _ => throw new ArgumentOutOfRangeException(nameof(grouping)),
    };

    public static string Label(MetricGrouping grouping) => grouping switch
    {
        MetricGrouping.All => "全部",
        MetricGrouping.Ledger => "台账",
        MetricGrouping.Group => "专项小组",
        MetricGrouping.Unit => "牵头单位",
        MetricGrouping.Leader => "责任领导",
        _ => throw new ArgumentOutOfRangeException(nameof(grouping)),
    };

    /// <summary>Parses <c>all|ledger|group|unit|leader</c>, ignoring case and surrounding blanks.</summary>
    public static bool TryParse(string? text, out MetricGrouping grouping)
    {
        foreach (var candidate in Enum.GetValues<MetricGrouping>())
        {
            if (string.Equals(text?.Trim(), Id(candidate), StringComparison.OrdinalIgnoreCase))
            {
                grouping = candidate;
                return true;
            }
        }

        grouping = default;
        return false;
    }
}
