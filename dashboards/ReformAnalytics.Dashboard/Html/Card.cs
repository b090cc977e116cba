namespace ReformAnalytics.Dashboard.Html;

/// <summary>
/// One key figure on a page: label, value, an optional comparison line, a tone (good/bad/plain). A value of several
/// figures each in its own colour (红灯 / 黄灯 / 绿灯) gives them as <paramref name="Parts"/>, each with its tone
/// (red, amber, green), shown joined by " / " instead of <paramref name="Value"/>.
/// </summary>
internal sealed record Card(string Label, string Value, string? Delta = null, string? Tone = null, IReadOnlyList<(string Text, string Tone)>? Parts = null);
