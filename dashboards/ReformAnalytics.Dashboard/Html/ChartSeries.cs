namespace ReformAnalytics.Dashboard.Html;

/// <summary>A line on a <see cref="SvgChart"/>: its legend, CSS class and one value (or none) per x position.</summary>
internal sealed record ChartSeries(string Name, string CssClass, IReadOnlyList<double?> Values);
