using ReformAnalytics.Charts;

namespace ReformAnalytics.Reports;

/// <summary>A chart with its numbered caption (图N …).</summary>
public sealed record ReportFigure(RenderedChart Chart, string Caption) : ReportBlock;
