namespace ReformAnalytics.Dashboard.Html;

/// <summary>One key figure on a page: label, value, an optional comparison line, a tone (good/bad/plain).</summary>
internal sealed record Card(string Label, string Value, string? Delta = null, string? Tone = null);
