namespace ReformAnalytics.Charts;

/// <summary>One chart rendered both ways: PNG for Word and HTML, SVG for editing and print.</summary>
/// <param name="Name">File stem, e.g. <c>group-completion</c>.</param>
/// <param name="Title">The Chinese title, used as the caption.</param>
/// <param name="Png">PNG bytes at print resolution.</param>
/// <param name="Svg">SVG text; null when the theme was asked for PNG only.</param>
/// <param name="PixelWidth">Width of the PNG in pixels.</param>
/// <param name="PixelHeight">Height of the PNG in pixels.</param>
/// <param name="Note">What the chart leaves out, for the caption after the title; null when it shows everything.</param>
public sealed record RenderedChart(string Name, string Title, byte[] Png, string? Svg, int PixelWidth, int PixelHeight, string? Note = null);
