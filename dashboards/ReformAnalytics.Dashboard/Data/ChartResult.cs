using ReformAnalytics.Charts;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>The charts of one report month's quarter, or why there are none (Chinese).</summary>
internal sealed record ChartResult(IReadOnlyList<RenderedChart> Charts, string? Problem);
