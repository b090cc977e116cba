namespace ReformAnalytics.Metrics;

/// <summary>How summary figures are grouped; the value of metric_summary.dimension.</summary>
public enum MetricGrouping
{
    /// <summary>All tasks together (全部).</summary>
    All,

    /// <summary>By ledger (台账).</summary>
    Ledger,

    /// <summary>By special group (专项小组).</summary>
    Group,

    /// <summary>By lead unit (牵头单位).</summary>
    Unit,

    /// <summary>By responsible leader (责任领导).</summary>
    Leader,
}
