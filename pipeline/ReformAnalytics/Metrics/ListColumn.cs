using ReformAnalytics.Xlsx;

namespace ReformAnalytics.Metrics;

/// <summary>One printed column of a list: its Chinese header, width in characters, and the cell of a row (with its 1-based number).</summary>
internal sealed record ListColumn<T>(string Header, double Width, Func<T, int, XlsxCell> Cell);
