using ReformAnalytics.Charts;

namespace ReformAnalytics.Dashboard.Data;

/// <summary>
/// The charts of one report month's quarter, or why there are none (Chinese); with the heat map's cells
/// (<see cref="UnitBehind"/>, every unit, also those the picture leaves out).
/// </summary>
internal sealed record ChartResult(IReadOnlyList<RenderedChart> Charts, string? Problem, IReadOnlyList<UnitMonthCount>? UnitBehind = null);
